/**
 * Monaco's lower layers, `vs/base` and `vs/platform` (its services, then its widgets), are chunks of
 * their own (vite.config.ts). A chunk is evaluated whole, in the task that imports it: imported with
 * the editor, Monaco's code took one task of 0.18–0.25 s on the 2-core dev machine (issue 11 item 6: at
 * most 200 ms at a time). Importing a module of each layer first, a task apart, evaluates each layer in
 * a task of its own.
 */
import { nextTimerTask as nextTask } from '../../ui/schedule.ts';

let layers: Promise<unknown> | undefined;

/** Resolves once both layers are evaluated (at once after the first time). */
export function loadMonacoLayers(): Promise<unknown> {
  layers ??= nextTask()
    .then(() => import('monaco-editor/base/common/strings'))
    .then(nextTask)
    .then(() => import('monaco-editor/platform/instantiation/common/instantiation'))
    .then(nextTask)
    .then(() => import('monaco-editor/platform/quickinput/browser/quickInputService'))
    .then(nextTask);
  return layers;
}
