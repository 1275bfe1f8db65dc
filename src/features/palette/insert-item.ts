import {
  describeJoin,
  describePlacement,
  insertJoined,
  paletteSnippet,
  placementFor,
  type PaletteItem,
} from '../../core/index.ts';
import { runEdit, type StudioState } from '../../store/index.ts';

/**
 * Inserts a palette item after the selected element (inside it when asked, or when only inside is
 * allowed), taking over where the selection's call went next (core/edit/join.ts); one undo step. Used
 * by the palette and by the command palette's "Add … after the selection".
 */
export function insertPaletteItem(
  state: StudioState,
  item: PaletteItem,
  inside: boolean,
): { error: string | undefined; added: string } {
  let where = '';
  const error = runEdit(
    state,
    `Insert ${item.label}`,
    (doc) => {
      const placement = placementFor(doc, state.selectedId, item.kind, inside);
      const added = insertJoined(doc, (d, next) => paletteSnippet(d, item.id, next), placement);
      const joins = describeJoin(added.join);
      where = describePlacement(doc, added.join.placement) + (joins ? `; ${joins}` : '');
      return added;
    },
    'palette',
  );
  // said to screen readers too: the keyboard path cannot see the graph change
  return { error, added: error === undefined ? `Added ${item.label} ${where}.` : '' };
}
