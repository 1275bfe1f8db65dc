/**
 * Whether the XML editor has taken its first text: a big document's open holds the workers until then
 * (store/worker-hold.ts). One signal for the page's first open, the one measured in issue 11 item 6.
 */
let markOpened = () => {};
const opened = new Promise<void>((resolve) => (markOpened = resolve));

export function editorOpened(): Promise<void> {
  return opened;
}

export function markEditorOpened(): void {
  markOpened();
}
