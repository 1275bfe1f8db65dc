import { useState } from 'react';
import { createStudioStore, StudioProvider, useStudio } from '../store/index.ts';
import { DEFAULT_DOCUMENT_TEXT } from './default-document.ts';
import { StudioLayout } from './StudioLayout.tsx';

function TextPreview() {
  const text = useStudio((s) => s.text);
  return <pre>{text}</pre>;
}

export function App() {
  const [store] = useState(() => createStudioStore({ initialText: DEFAULT_DOCUMENT_TEXT }));
  return (
    <StudioProvider store={store}>
      <StudioLayout graph={<p>Graph</p>} xml={<TextPreview />} />
    </StudioProvider>
  );
}
