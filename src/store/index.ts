export {
  createStudioStore,
  type StudioStore,
  type StudioStoreOptions,
} from './create-studio-store.ts';
export { StudioProvider, useStudio, useStudioStore } from './StudioProvider.tsx';
export type { StudioState } from './studio-state.ts';
