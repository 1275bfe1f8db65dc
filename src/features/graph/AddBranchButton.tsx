import { runEdit, useStudioStore } from '../../store/index.ts';
import { withEditOps } from './edit-ops.ts';

/** "+ branch" on a menu node: adds a keypress for the next free key, ready to be connected. */
export function AddBranchButton({ menuId }: { menuId: string }) {
  const store = useStudioStore();
  return (
    <button
      type="button"
      className="dp-add-branch nodrag"
      aria-label="Add keypress branch"
      title="Add keypress branch"
      onClick={(event) => {
        // the click must not also select the node under it: the new branch gets the selection
        event.stopPropagation();
        withEditOps((ops) =>
          runEdit(
            store.getState(),
            'Add branch',
            (doc) => ops.addKeypressBranch(doc, menuId),
            'graph',
          ),
        );
      }}
    >
      + branch
    </button>
  );
}
