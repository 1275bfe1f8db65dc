import type { StudioStore } from '../../store/index.ts';
import { closeDialog } from '../../ui/actions/dialogs.ts';
import { savedTestCallOf, type ExampleEntry } from './examples-index.ts';
import { showExampleError } from './menu-requests.ts';

/**
 * Opens an example as a new document (nothing is lost) with its test call saved for the Simulator's
 * Run all, then closes the dialog it was chosen in (New). A failure is shown in the Documents menu.
 */
export async function openExample(store: StudioStore, example: ExampleEntry): Promise<void> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}examples/${example.file}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    store.getState().newDocument(example.title, text);
    store.getState().saveTestCall(savedTestCallOf(example, text));
    showExampleError('');
    closeDialog();
  } catch (e) {
    showExampleError(`${example.title} could not be loaded: ${(e as Error).message}`);
  }
}
