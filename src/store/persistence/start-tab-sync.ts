/**
 * Tabs of one workspace kept in step: each tab tells the others its documents (with the open one's live
 * text) shortly after they change, over a BroadcastChannel — or, where there is none, through the
 * `storage` event of a key written for that purpose. What arrives is merged (tab-merge.ts); the open
 * document's new text goes through the store like any edit, so the editor and graph follow.
 */
import type { StudioStore } from '../create-studio-store.ts';
import type { WorkspaceDocument } from '../workspace-slice.ts';
import { TAB_CHANNEL } from './storage-keys.ts';
import { mergeRemoteDocuments, textPrint } from './tab-merge.ts';

const SEND_DELAY_MS = 250;

interface TabMessage {
  from: string;
  documents: WorkspaceDocument[];
  /** Per document, the print of the text the sender last agreed on with the others. */
  bases: Record<string, string>;
}

const isTabMessage = (v: unknown): v is TabMessage =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as TabMessage).from === 'string' &&
  Array.isArray((v as TabMessage).documents) &&
  typeof (v as TabMessage).bases === 'object';

/**
 * Whether `documents` say what `sent` said. Compared field by field, not as JSON: the JSON of a list
 * holding the 1,000-question poll (1 MB) took 25–60 ms to make at each check (issue 11 item 6).
 */
function sameDocuments(
  documents: readonly WorkspaceDocument[],
  sent: readonly WorkspaceDocument[],
) {
  return (
    documents.length === sent.length &&
    documents.every((d, i) => {
      const s = sent[i];
      return (
        s !== undefined &&
        d.id === s.id &&
        d.name === s.name &&
        d.text === s.text &&
        JSON.stringify(d.broadcast) === JSON.stringify(s.broadcast)
      );
    })
  );
}

/** A channel to the other tabs: BroadcastChannel, else localStorage's `storage` event. */
function openChannel(onMessage: (data: unknown) => void): {
  post: (m: TabMessage) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(TAB_CHANNEL);
    channel.onmessage = (event: MessageEvent) => onMessage(event.data);
    return { post: (m) => channel.postMessage(m), close: () => channel.close() };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== TAB_CHANNEL || !event.newValue) return;
    try {
      onMessage(JSON.parse(event.newValue));
    } catch {
      // Not ours to read: ignore.
    }
  };
  addEventListener('storage', onStorage);
  return {
    post: (m) => {
      try {
        localStorage.setItem(TAB_CHANNEL, JSON.stringify(m));
      } catch {
        // Full storage is reported by the saves themselves.
      }
    },
    close: () => removeEventListener('storage', onStorage),
  };
}

export function startTabSync(store: StudioStore): () => void {
  const tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const snapshot = () => store.getState().workspaceSnapshot().documents;
  const agreed = new Map(snapshot().map((d) => [d.id, d.text]));
  const remoteIds = new Map<string, Set<string>>();
  let lastSent = snapshot();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const receive = (data: unknown) => {
    if (!isTabMessage(data) || data.from === tabId) return;
    const state = store.getState();
    state.flushPendingEdits(); // typing held back by the editor is this tab's, not lost
    const result = mergeRemoteDocuments({
      local: snapshot(),
      remote: data.documents,
      theirBases: data.bases,
      agreed,
      previousRemoteIds: remoteIds.get(data.from) ?? new Set(),
      mineWins: tabId < data.from,
    });
    remoteIds.set(data.from, new Set(data.documents.map((d) => d.id)));
    if (!result.changed) return;
    applyDocuments(store, result.documents);
    state.addPersistenceNotices(result.notices);
    lastSent = snapshot();
  };
  const channel = openChannel(receive);

  const send = () => {
    timer = undefined;
    const documents = snapshot();
    if (sameDocuments(documents, lastSent)) return; // nothing new (or just what another tab told us)
    lastSent = documents;
    // Each text goes out with the print of the text it was built on; once sent, it is the text the
    // others build on (or keep as a conflicting copy): the next change is built on it.
    const bases: Record<string, string> = {};
    for (const [id, text] of agreed) bases[id] = textPrint(text);
    for (const d of documents) agreed.set(d.id, d.text);
    channel.post({ from: tabId, documents, bases });
  };
  const unsubscribe = store.subscribe((s, p) => {
    if (s.documents !== p.documents || s.text !== p.text) timer ??= setTimeout(send, SEND_DELAY_MS);
  });
  const flushOnHide = () => send();
  addEventListener('pagehide', flushOnHide);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    removeEventListener('pagehide', flushOnHide);
    channel.close();
  };
}

/** The merged list into the store; the open document (if still there) takes its merged text. */
function applyDocuments(store: StudioStore, documents: WorkspaceDocument[]): void {
  const state = store.getState();
  const open = documents.find((d) => d.id === state.activeId);
  if (!open) {
    const fallback = documents[0];
    if (!fallback) return;
    store.setState({ documents });
    state.openDocument(fallback.id);
    return;
  }
  store.setState({ documents });
  if (open.text !== state.text) state.replaceText(open.text, 'other');
}
