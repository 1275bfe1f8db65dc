/**
 * The user's dialplans: a list of documents, one of them open in the studio. The open document's text
 * lives in the document slice (`text`); the list keeps the others' text and every document's broadcast
 * settings. Switching documents goes through `replaceText` and clears the undo history, so that an undo
 * never writes one document's text into another. Persistence is outside the slice (see
 * features/documents/WorkspaceEffects.tsx), so the store stays testable without a browser. Each document
 * has its own saved test calls (simulator slice, keyed by document id).
 */
import type { StateCreator, StoreApi } from 'zustand';
import {
  blankBroadcast,
  DEFAULT_BROADCAST,
  type BroadcastSettings,
  type XY,
} from '../core/index.ts';
import type { StudioState } from './studio-state.ts';

export interface WorkspaceDocument {
  id: string;
  name: string;
  /** The saved text; for the open document, `StudioState.text` is the live one. */
  text: string;
  broadcast: BroadcastSettings;
  /** Graph positions by element id; for the open document, `StudioState.positions` are the live ones. */
  positions?: Record<string, XY>;
}

/** What is saved in the browser's storage. */
export interface SavedWorkspace {
  version: 1;
  activeId: string;
  documents: WorkspaceDocument[];
}

export interface WorkspaceSlice {
  documents: WorkspaceDocument[];
  activeId: string;
  /** The last deleted document and where it was, until `undoDelete` or another delete. */
  lastDeleted: { document: WorkspaceDocument; index: number } | undefined;
  /** Creates a document and opens it. Returns its id. */
  newDocument: (name?: string, text?: string, broadcast?: Partial<BroadcastSettings>) => string;
  renameDocument: (id: string, name: string) => void;
  /** Copies a document (named "… copy") and opens the copy. Returns its id. */
  duplicateDocument: (id: string) => string | undefined;
  deleteDocument: (id: string) => void;
  undoDelete: () => void;
  openDocument: (id: string) => void;
  /** The open document's broadcast settings (the Export form). */
  setBroadcast: (settings: BroadcastSettings) => void;
  /** Merges broadcast settings found on import into the open document's. */
  mergeBroadcast: (found: Partial<BroadcastSettings>) => void;
  /** Replaces the list with a saved one; its active document takes the open (autosaved) text. */
  hydrateWorkspace: (saved: SavedWorkspace) => void;
  /** The list with the open document's live text, ready to save. */
  workspaceSnapshot: () => SavedWorkspace;
}

export const NEW_DOCUMENT_TEXT = `<dialplan name="Root">
  <play type="tts" voice="female1" name="Welcome">Hello.</play>
  <hangup name="Hangup"/>
</dialplan>
`;

/**
 * Lists as storage holds them, or the start-up default no one changed (the next start builds the same):
 * persistence need not write them when it starts (issue 11 item 6: the list holds the open text, a
 * 1 MB write that took 0.1–0.18 s while the 1,000-question poll opened). Any change makes a new array.
 */
const listsAsStored = new WeakSet<readonly WorkspaceDocument[]>();

/** Whether `documents` is the list as stored (or the untouched default): nothing of it is unsaved. */
export function isListAsStored(documents: readonly WorkspaceDocument[]): boolean {
  return listsAsStored.has(documents);
}

function asStored(documents: WorkspaceDocument[]): WorkspaceDocument[] {
  listsAsStored.add(documents);
  return documents;
}

let counter = 0;
function newId(): string {
  counter += 1;
  return `doc-${Date.now().toString(36)}-${counter}`;
}

type TemporalApi = StoreApi<StudioState> & { temporal?: StoreApi<{ clear: () => void }> };

export const createWorkspaceSlice =
  (initialName = 'Political poll'): StateCreator<StudioState, [], [], WorkspaceSlice> =>
  (set, get, api) => {
    // The first document's id is the simulator's default test-call key, so its saved calls survive a
    // reload before the workspace was ever saved.
    const firstId = 'default';
    const withLiveText = (): WorkspaceDocument[] => {
      const { documents, activeId, text, positions } = get();
      return documents.map((d) => (d.id === activeId ? { ...d, text, positions } : d));
    };
    /**
     * Shows `document` in the studio; its text replaces the open one with no undo step back. A document
     * with no version yet keeps one, labelled `startLabel`.
     */
    const show = (
      documents: WorkspaceDocument[],
      document: WorkspaceDocument,
      startLabel = 'Opened',
    ) => {
      set({ documents, activeId: document.id });
      get().replaceText(document.text, 'restore');
      // Each document keeps its own layout: the text switch must not carry the previous one's over
      // (matching by name would pin the new document's nodes to the old places).
      set({ positions: document.positions ?? {} });
      (api as TemporalApi).temporal?.getState().clear();
      get().showTestCallsOf(document.id);
      get().keepStartingVersion(startLabel);
    };
    return {
      documents: asStored([
        { id: firstId, name: initialName, text: '', broadcast: DEFAULT_BROADCAST },
      ]),
      activeId: firstId,
      lastDeleted: undefined,
      newDocument: (name = 'Untitled', text = NEW_DOCUMENT_TEXT, broadcast = {}) => {
        const document = {
          id: newId(),
          name,
          text,
          broadcast: { ...blankBroadcast(name), ...broadcast },
        };
        show([...withLiveText(), document], document, 'New');
        return document.id;
      },
      renameDocument: (id, name) => {
        const trimmed = name.trim();
        if (trimmed === '') return;
        set({ documents: get().documents.map((d) => (d.id === id ? { ...d, name: trimmed } : d)) });
      },
      duplicateDocument: (id) => {
        const documents = withLiveText();
        const source = documents.find((d) => d.id === id);
        if (!source) return undefined;
        const copy = { ...source, id: newId(), name: `${source.name} copy` };
        const index = documents.indexOf(source) + 1;
        show([...documents.slice(0, index), copy, ...documents.slice(index)], copy, 'New');
        return copy.id;
      },
      deleteDocument: (id) => {
        const documents = withLiveText();
        const index = documents.findIndex((d) => d.id === id);
        const document = documents[index];
        if (!document) return;
        let rest = documents.filter((d) => d.id !== id);
        set({ lastDeleted: { document, index } });
        if (id !== get().activeId) return set({ documents: rest });
        const fallback = rest[Math.min(index, rest.length - 1)];
        if (fallback) return show(rest, fallback);
        const blank = {
          id: newId(),
          name: 'Untitled',
          text: NEW_DOCUMENT_TEXT,
          broadcast: DEFAULT_BROADCAST,
        };
        rest = [blank];
        show(rest, blank);
      },
      undoDelete: () => {
        const deleted = get().lastDeleted;
        if (!deleted) return;
        const documents = withLiveText();
        const restored = [
          ...documents.slice(0, deleted.index),
          deleted.document,
          ...documents.slice(deleted.index),
        ];
        set({ lastDeleted: undefined });
        show(restored, deleted.document);
      },
      openDocument: (id) => {
        if (id === get().activeId) return;
        const documents = withLiveText();
        const target = documents.find((d) => d.id === id);
        if (target) show(documents, target);
      },
      setBroadcast: (settings) => {
        const { documents, activeId } = get();
        set({
          documents: documents.map((d) => (d.id === activeId ? { ...d, broadcast: settings } : d)),
        });
      },
      mergeBroadcast: (found) => {
        const active = get().documents.find((d) => d.id === get().activeId);
        if (active) get().setBroadcast({ ...active.broadcast, ...found });
      },
      hydrateWorkspace: (saved) => {
        const active = saved.documents.find((d) => d.id === saved.activeId) ?? saved.documents[0];
        if (!active) return;
        // The open text is left alone: the studio's autosave restored it and is always at least as
        // recent as this list (it runs even when the Export panel never opened).
        set({ documents: asStored(saved.documents), activeId: active.id });
        get().showTestCallsOf(active.id);
      },
      workspaceSnapshot: () => ({
        version: 1,
        activeId: get().activeId,
        documents: withLiveText(),
      }),
    };
  };
