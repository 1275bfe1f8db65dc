import {
  lazy,
  Suspense,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  attributeSchema,
  holdsText,
  inspectorEdit,
  isQuestionMenu,
  takenNames,
  TAGS,
  type DialplanDocument,
  type ElementNode,
} from '../../core/index.ts';
import { runEdit, useStudio, useStudioStore, type EditOperation } from '../../store/index.ts';
import { AttributeField } from './AttributeField.tsx';
import { ElementActions } from './ElementActions.tsx';
import { diagnosticsByPlace } from './field-checks.ts';
import { GoesToField } from './GoesToField.tsx';
import { forgetFocus, rememberFocus, restoreFocus } from './inspector-focus.ts';
import { focusCardOf } from '../keyboard/index.ts';
import { isTypingTarget } from '../../ui/typing-target.ts';
import { TextContentField } from './TextContentField.tsx';
import { WaysIn } from './WaysIn.tsx';

// The Question editor is its own chunk, loaded when a question is first selected.
const QuestionEditor = lazy(() =>
  import('./question/QuestionEditor.tsx').then((m) => ({ default: m.QuestionEditor })),
);

interface ElementInspectorProps {
  doc: DialplanDocument;
  element: ElementNode;
}

/** The selected element's attributes and text as typed fields, with its errors beside them. */
export function ElementInspector({ doc, element }: ElementInspectorProps) {
  const store = useStudioStore();
  const diagnostics = useStudio((s) => s.diagnostics);
  const stale = useStudio((s) => s.stale);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const sorted = useMemo(() => diagnosticsByPlace(diagnostics, element), [diagnostics, element]);
  // Collecting names walks the whole tree: done in a deferred render, not on the sync path of each edit.
  const namesDoc = useDeferredValue(doc);
  const names = useMemo(() => [...takenNames(namesDoc)].sort(), [namesDoc]);
  const schema = element.kind === 'unknown' ? undefined : TAGS[element.kind];
  const id = element.id;

  const section = useRef<HTMLElement>(null);
  // Focus stays on the control that acted, across the re-render the edit causes (inspector-focus.ts).
  useLayoutEffect(() => restoreFocus(section.current));
  const run = (label: string, operation: EditOperation): boolean => {
    rememberFocus(section.current);
    const before = store.getState().text;
    const error = runEdit(store.getState(), label, operation, 'inspector');
    // Nothing re-renders when nothing changed: no focus to give back.
    if (error !== undefined || store.getState().text === before) forgetFocus();
    setProblem(error);
    return error === undefined;
  };
  // Each field writes only its own attribute or text, and nothing when committed unchanged.
  const setAttr = (name: string, value: string | undefined) => {
    const label =
      value === undefined ? `Remove ${name}` : name === 'name' ? 'Rename' : `Set ${name}`;
    run(label, (d) => inspectorEdit(d, id, { attribute: name }, value));
  };
  const listed = schema?.attributes.map((a) => a.name) ?? [];
  const extra = element.attributes
    .filter((a) => !attributeSchema(element.kind, a.name))
    .map((a) => a.name);
  const textual = holdsText(element);

  return (
    <section
      ref={section}
      aria-label="Inspector"
      className="inspector"
      data-inspector-of={id}
      tabIndex={-1}
      onKeyDown={(event) => {
        // Esc gives focus back to the element's card in the graph (Enter on a card came here); in a
        // text field Esc first drops the field's draft, so it leaves from the Inspector's other parts.
        if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target))
          return;
        if (focusCardOf(id)) {
          event.preventDefault();
        }
      }}
    >
      <h2>
        &lt;{element.tagName}&gt;
        <small className="inspector-id">{id}</small>
      </h2>
      {schema && <p className="inspector-summary">{schema.summary}</p>}
      <WaysIn doc={doc} element={element} />
      {stale && (
        <p role="status" className="inspector-stale">
          The XML has syntax errors: fix them in the XML pane to edit here.
        </p>
      )}
      {[problem, ...sorted.element].filter(Boolean).length > 0 && (
        <ul className="field-error" role="alert" aria-label="Element errors">
          {[problem, ...sorted.element].filter(Boolean).map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {isQuestionMenu(element) && !stale && (
        <Suspense fallback={<p>Loading the question editor…</p>}>
          {/* keyed by the menu's text: an undo or an XML edit starts a fresh draft */}
          <QuestionEditor
            key={doc.source.slice(element.range.start.offset, element.range.end.offset)}
            doc={doc}
            menu={element}
            names={names}
            run={run}
          />
        </Suspense>
      )}
      <fieldset disabled={stale} className="inspector-fields">
        <legend className="visually-hidden">Attributes</legend>
        {[...listed, ...extra].map((name) => (
          <AttributeField
            key={`${id}:${name}`}
            element={element}
            name={name}
            schema={attributeSchema(element.kind, name)}
            errors={sorted.attributes.get(name.toLowerCase()) ?? []}
            names={names}
            onSet={setAttr}
          />
        ))}
        {textual && (
          <TextContentField
            key={`${id}:#text`}
            element={element}
            schema={schema}
            errors={sorted.text}
            names={names}
            onCommit={(text) => run('Set text', (d) => inspectorEdit(d, id, { text: true }, text))}
          />
        )}
        <GoesToField doc={doc} element={element} names={names} run={run} />
      </fieldset>
      <ElementActions doc={doc} element={element} isRoot={element === doc.root} run={run} />
    </section>
  );
}
