import { useState } from 'react';
import { createStudioStore, StudioProvider } from '../store/index.ts';
import { DEFAULT_DOCUMENT_TEXT } from './default-document.ts';
import { StudioLayout } from './StudioLayout.tsx';

export function App() {
  const [store] = useState(() => createStudioStore({ initialText: DEFAULT_DOCUMENT_TEXT }));
  return (
    <StudioProvider store={store}>
      <StudioLayout />
    </StudioProvider>
  );
}
