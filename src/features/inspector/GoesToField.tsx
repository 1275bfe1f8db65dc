import { useId, useRef, useState } from 'react';
import {
  attrValue,
  connect,
  disconnect,
  existingGoto,
  textContent,
  type DialplanDocument,
  type ElementNode,
} from '../../core/index.ts';
import type { EditOperation } from '../../store/index.ts';
import { CALL_BRANCH_KINDS } from '../../core/index.ts';

/** Elements whose body a person points somewhere: the call's branches and catch handlers. */
const BRANCH_KINDS = new Set<string>([...CALL_BRANCH_KINDS, 'catch']);

interface GoesToFieldProps {
  doc: DialplanDocument;
  element: ElementNode;
  names: readonly string[];
  run: (label: string, operation: EditOperation) => boolean;
}

function currentTarget(doc: DialplanDocument, element: ElementNode): string {
  if (element.kind === 'catch') return (attrValue(element, 'goto') ?? '').trim();
  const goto = existingGoto(doc, element, 'branch');
  return goto ? textContent(goto).trim() : '';
}

/**
 * "Goes to": where a branch (keypress, live, machine, catch) sends the call, chosen from the named
 * elements: the keyboard's way to draw a connection. One choice is one minimal patch, one undo step.
 */
export function GoesToField(props: GoesToFieldProps) {
  if (!BRANCH_KINDS.has(props.element.kind)) return null;
  // A new target (an edit, an undo) starts a new draft.
  return <GoesToSelect key={currentTarget(props.doc, props.element)} {...props} />;
}

/**
 * Arrow keys on a closed select change its value at every press: the choice is committed on Enter or
 * when focus leaves (one undo step), at once when it was picked with the pointer.
 */
function GoesToSelect({ doc, element, names, run }: GoesToFieldProps) {
  const id = useId();
  const target = currentTarget(doc, element);
  const [draft, setDraft] = useState(target);
  const pointer = useRef(false);
  const choices = target && !names.includes(target) ? [target, ...names] : names;
  const commit = (value: string) => {
    if (value === target) return;
    if (value === '') run('Disconnect', (d) => disconnect(d, element.id, 'branch'));
    // The patches only: the selection stays on the branch, not on a goto the connection added.
    else run('Connect', (d) => connect(d, element.id, value, 'branch').patches);
  };
  return (
    <div className="inspector-field">
      <label htmlFor={id}>Goes to</label>
      <select
        id={id}
        value={draft}
        onPointerDown={() => (pointer.current = true)}
        onKeyDown={(e) => {
          pointer.current = false;
          if (e.key === 'Enter') commit(draft);
        }}
        onBlur={() => commit(draft)}
        onChange={(e) => {
          setDraft(e.target.value);
          if (pointer.current) commit(e.target.value);
        }}
      >
        <option value="">(on after the {element.kind === 'catch' ? 'catch' : 'branch'})</option>
        {choices.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
