import { vi } from 'vitest';

/**
 * For tests, in Node: a page's window and document events (startPersistence listens for pagehide).
 * Returns what hiding the page does; `vi.unstubAllGlobals()` takes the stubs away.
 */
export function stubPageEvents(): () => void {
  const page = new EventTarget();
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  return () => page.dispatchEvent(new Event('pagehide'));
}
