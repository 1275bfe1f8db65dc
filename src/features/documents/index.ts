/** The Documents feature's door (issue 28): what other features and the app may use of it. */
export { Documents } from './Documents.tsx';
export { ExamplesGallery } from './ExamplesGallery.tsx';
export { EXAMPLES, exampleActionId } from './examples-list.ts';
export { openExample } from './open-example.ts';
export { requestMenuCommand } from './menu-requests.ts';
