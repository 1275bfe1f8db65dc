/**
 * Merging what another tab of the same workspace saved into this tab's documents (pure). Per document,
 * against the text both tabs last agreed on (`agreed`, and the sender's own `theirBases`): a side that did
 * not change it takes the other's. When both changed it, the text of the tab with the smaller id stays in
 * the document and the other text becomes a copy document, with the same id and name in both tabs — so
 * the two tabs end up alike and neither text is dropped. A document the other tab deleted goes only when
 * this tab had not changed it.
 */
import { shareChecksum } from '../../core/index.ts';
import type { WorkspaceDocument } from '../workspace-slice.ts';

/** A short fingerprint of a text, for telling which text a tab's change was built on. */
export const textPrint = shareChecksum;

export interface MergeInput {
  local: WorkspaceDocument[];
  remote: WorkspaceDocument[];
  /** Per document, the print of the text the sender had agreed on with the others. */
  theirBases: Record<string, string>;
  /** Document id → the text this tab last agreed on with the others. Updated in place. */
  agreed: Map<string, string>;
  /** The ids the other tab had in its previous message (its deletions are those it no longer has). */
  previousRemoteIds: ReadonlySet<string>;
  /** Whether this tab's text stays in the document when both changed it. */
  mineWins: boolean;
}

export interface MergeResult {
  documents: WorkspaceDocument[];
  /** Sentences for the user about copies made. */
  notices: string[];
  changed: boolean;
}

const sameBroadcast = (a: WorkspaceDocument, b: WorkspaceDocument) =>
  JSON.stringify(a.broadcast) === JSON.stringify(b.broadcast);

function conflictCopy(document: WorkspaceDocument, loser: WorkspaceDocument): WorkspaceDocument {
  return {
    ...loser,
    id: `${document.id}~${textPrint(loser.text)}`,
    name: `${document.name} (conflicting copy)`,
  };
}

export function mergeRemoteDocuments(input: MergeInput): MergeResult {
  const { local, remote, theirBases, agreed, previousRemoteIds, mineWins } = input;
  const remoteById = new Map(remote.map((d) => [d.id, d]));
  const notices: string[] = [];
  const copies: WorkspaceDocument[] = [];
  let changed = false;

  const documents = local.flatMap((mine): WorkspaceDocument[] => {
    const theirs = remoteById.get(mine.id);
    const base = agreed.get(mine.id);
    if (!theirs) {
      const deletedThere = previousRemoteIds.has(mine.id) && mine.text === base;
      if (deletedThere) changed = true;
      return deletedThere ? [] : [mine];
    }
    const theirBase = theirBases[mine.id];
    const theyBuiltOnMine = theirBase === textPrint(mine.text);
    // Unchanged here since we agreed, and their change is built on that agreement (not a message sent
    // before it, such as one still on its way when a conflict was settled).
    const onlyTheyChanged =
      mine.text === base && (theirBase === undefined || theirBase === textPrint(base));
    if (theirs.text === mine.text || theyBuiltOnMine || base === undefined || onlyTheyChanged) {
      agreed.set(mine.id, theirs.text);
      const same =
        theirs.text === mine.text && theirs.name === mine.name && sameBroadcast(mine, theirs);
      if (!same) changed = true;
      return same ? [mine] : [{ ...mine, ...theirs }];
    }
    if (theirs.text === base) return [mine]; // only this tab changed it: ours goes to them
    const [kept, copied] = mineWins ? [mine, theirs] : [{ ...mine, ...theirs }, mine];
    const copy = conflictCopy(mine, copied);
    agreed.set(mine.id, kept.text);
    agreed.set(copy.id, copy.text);
    copies.push(copy);
    notices.push(
      `“${mine.name}” was changed in two tabs at once. Neither text is lost: one stays in “${mine.name}”, the other is kept as “${copy.name}”.`,
    );
    changed = true;
    return [kept];
  });

  const localIds = new Set(documents.map((d) => d.id).concat(copies.map((d) => d.id)));
  for (const theirs of remote) {
    if (localIds.has(theirs.id)) continue;
    const deletedHere = agreed.get(theirs.id) === theirs.text;
    if (deletedHere) continue;
    agreed.set(theirs.id, theirs.text);
    documents.push(theirs);
    changed = true;
  }
  return { documents: [...documents, ...copies], notices, changed };
}
