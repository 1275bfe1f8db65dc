/**
 * The page's entry. React and the studio are evaluated in two tasks, not one: a module graph is
 * evaluated whole in the task that imports it, and React DOM with the studio took 0.12–0.26 s in one
 * task on the 2-core dev machine (issue 11 item 6).
 */
import './ui/tokens.css';
import './ui/controls.css';
import './app/app.css';
import { applyThemeChoice, savedThemeChoice } from './ui/theme.ts';
import { nextTimerTask } from './ui/schedule.ts';

// The remembered theme is on <html> before the first paint (the CSP allows no inline script).
applyThemeChoice(savedThemeChoice());

import('react-dom/client')
  .then(nextTimerTask)
  .then(() => import('./app/start.tsx'))
  .catch((error: unknown) => {
    // a chunk that did not download (the network, a redeploy): say so rather than stay blank
    const root = document.getElementById('root');
    if (root) root.textContent = 'The studio did not load. Reload the page to try again.';
    throw error;
  });
