/**
 * The Documents menu's commands as registry actions: the menu's buttons, the command palette and the
 * keyboard dispatcher run these same objects. Commands with something to show (Rename's inline edit,
 * Delete's question, Paste's dialog, Open file's message, the share link's status) open the menu and
 * run there; Duplicate and the examples act on the store directly.
 */
import {
  EXAMPLES,
  exampleActionId,
  openExample,
  requestMenuCommand,
} from '../../features/documents/index.ts';
import type { Action, ActionContext } from '../../ui/actions/types.ts';

const hasActiveDocument = (ctx: ActionContext) => {
  const { documents, activeId } = ctx.store.getState();
  return documents.some((d) => d.id === activeId);
};

const EXAMPLE_ACTIONS: Action[] = EXAMPLES.map((example) => ({
  id: exampleActionId(example),
  label: `Open example: ${example.title}`,
  group: 'Document',
  describe: example.description,
  perform: (ctx) => void openExample(ctx.store, example),
}));

export const DOCUMENT_ACTIONS: readonly Action[] = [
  {
    id: 'document.rename',
    label: 'Rename this dialplan',
    group: 'Document',
    shortcuts: ['F2'],
    describe: 'Rename the open dialplan (in the Documents menu)',
    enabled: hasActiveDocument,
    perform: () => requestMenuCommand('rename'),
  },
  {
    id: 'document.duplicate',
    label: 'Duplicate this dialplan',
    group: 'Document',
    shortcuts: ['Ctrl+Alt+D'],
    describe: 'Duplicate the open dialplan (the copy opens)',
    enabled: hasActiveDocument,
    perform: (ctx) => void ctx.store.getState().duplicateDocument(ctx.store.getState().activeId),
  },
  {
    id: 'document.delete',
    label: 'Delete this dialplan…',
    group: 'Document',
    describe: 'Delete the open dialplan, after asking (Undo delete brings it back)',
    enabled: hasActiveDocument,
    perform: () => requestMenuCommand('delete'),
  },
  {
    id: 'document.open-file',
    label: 'Open a file…',
    group: 'Document',
    shortcuts: ['Mod+O'],
    describe: 'Open a dialplan file (XML, broadcast JSON or curl)',
    whileTyping: true,
    perform: () => requestMenuCommand('open-file'),
  },
  {
    id: 'document.paste',
    label: 'Paste XML…',
    group: 'Document',
    describe: 'Paste XML, a broadcast JSON body or a curl command',
    perform: () => requestMenuCommand('paste'),
  },
  {
    id: 'document.share-link',
    label: 'Copy share link',
    group: 'Document',
    describe: 'Copy a link that opens this dialplan',
    perform: () => requestMenuCommand('share-link'),
  },
  ...EXAMPLE_ACTIONS,
];
