import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

/** Renders the studio into #root (main.tsx imports this module once React is evaluated). */
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// A transition: React renders the studio's first view in slices of a few milliseconds, not in one task
// (0.11–0.28 s with the 1,000-question poll on the 2-core dev machine; issue 11 item 6).
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
