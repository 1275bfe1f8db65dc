/** The parts of a card: a listed action, a branch with its key and answers, the note, the end mark. */
import { Handle, Position } from '@xyflow/react';
import { CARD, familyOf, type CardBranch, type FlowAction } from '../../core/index.ts';
import { diffClass, markOf, useDiffMarks } from './diff-marks.ts';
import { useOpenNote } from './note-context.ts';
import { ResultsBadge } from './ResultsBadge.tsx';
import { CoverageBadge } from './CoverageBadge.tsx';

/**
 * One thing a node or branch does. The tag word is there for screen readers and search (`stash Vote =
 * Yes`) but drawn as the family's icon: on screen the line reads `Vote = Yes`.
 */
export function ActionLine({ action, inline = false }: { action: FlowAction; inline?: boolean }) {
  const family = familyOf(action.kind);
  const tag = action.text.slice(0, action.text.length - action.detail.length).trim();
  const mark = markOf(useDiffMarks(), action.id);
  return (
    <span
      className={`dp-action dp-fam-${family}${inline ? ' dp-chip' : ''}${diffClass(mark)}`}
      data-element-id={action.id}
      title={action.text}
    >
      {family !== 'jump' && <span className="dp-icon" aria-hidden="true" />}
      <span className="dp-sr">{tag} </span>
      {action.detail || action.text}
    </span>
  );
}

export function BranchView({ branch }: { branch: CardBranch }) {
  const { output, inline, lines } = branch;
  const marks = useDiffMarks();
  const mark = output.elementId === undefined ? undefined : markOf(marks, output.elementId);
  return (
    <div className={`dp-output${diffClass(mark)}`} data-element-id={output.elementId}>
      <div className="dp-output-row" style={{ height: CARD.branchRow }}>
        <span className="dp-output-label">{output.label}</span>
        {inline.map((a) => (
          <ActionLine key={a.id} action={a} inline />
        ))}
        <ResultsBadge elementId={output.elementId} />
        <CoverageBadge elementId={output.elementId} />
        <Handle type="source" position={Position.Right} id={output.id} />
      </div>
      {lines.map((a) => (
        <div key={a.id} className="dp-line" style={{ height: CARD.line }}>
          <ActionLine action={a} />
        </div>
      ))}
    </div>
  );
}

/**
 * A clamped block of text lines: the padding below is a margin, so the clamped lines' overflow is cut
 * at the last whole line instead of showing through the padding.
 */
export function textBlockStyle(lines: number) {
  return {
    height: lines * CARD.textLine + CARD.textPad / 2,
    marginBottom: CARD.textPad / 2,
    WebkitLineClamp: lines,
  };
}

/** The designer's note (an XML comment): a button that opens it for editing. */
export function NoteView({
  elementId,
  text,
  lines,
}: {
  elementId: string;
  text: string;
  lines: number;
}) {
  const openNote = useOpenNote();
  return (
    <button
      type="button"
      className="dp-note nodrag"
      style={textBlockStyle(lines)}
      title={`Note: ${text}`}
      aria-label={`Edit note: ${text}`}
      onClick={(event) => {
        event.stopPropagation();
        openNote(elementId);
      }}
    >
      {text}
    </button>
  );
}

export function AddNoteButton({ elementId }: { elementId: string }) {
  const openNote = useOpenNote();
  return (
    <button
      type="button"
      className="dp-add-note nodrag"
      onClick={(event) => {
        event.stopPropagation();
        openNote(elementId);
      }}
    >
      + Note
    </button>
  );
}

export function CallEnds() {
  return (
    <div className="dp-ends" style={{ height: CARD.ends }}>
      <span className="dp-ends-mark" aria-hidden="true" />
      Call ends
    </div>
  );
}
