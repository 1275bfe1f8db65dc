/**
 * One card on the canvas. Its family (prompt, menu, data, jump, end…) gives it a colour and an icon;
 * the entry carries a Start mark, a card no arrow leaves says the call ends; a menu lists its prompt and
 * one labelled output per branch with the answers it stores. Heights come from `core/graph/card.ts`,
 * the same numbers the layout used.
 */
import { memo, useMemo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import {
  CARD,
  cardOf,
  FAMILY_LABEL,
  familyOf,
  type FlowAction,
  type FlowNode,
} from '../../core/index.ts';
import { AddBranchButton } from './AddBranchButton.tsx';
import { diffClass, markOf, nodeMarkOf, useDiffMarks } from './diff-marks.ts';
import { DiffBadge } from './DiffBadge.tsx';
import { ResultsBadge } from './ResultsBadge.tsx';
import { CoverageBadge } from './CoverageBadge.tsx';
import { BreakpointToggle } from './BreakpointToggle.tsx';
import {
  ActionLine,
  AddNoteButton,
  BranchView,
  CallEnds,
  NoteView,
  textBlockStyle,
} from './CardParts.tsx';

export interface DialplanNodeData extends Record<string, unknown> {
  node: FlowNode;
  errors: number;
  warnings: number;
  /** `active` while a simulated call is here, `visited` once it has been. */
  trace?: 'active' | 'visited';
  /** The call starts here. */
  entry: boolean;
  /** No arrow leaves this card: the call ends after it. */
  ends: boolean;
}

export type DialplanFlowNode = Node<DialplanNodeData, 'dialplan'>;

export const DialplanNode = memo(function DialplanNode({
  data,
  selected,
}: NodeProps<DialplanFlowNode>) {
  const { node, errors, warnings, trace, entry, ends } = data;
  const card = useMemo(() => cardOf(node, { entry, ends }), [node, entry, ends]);
  const family = familyOf(node.kind);
  // A version comparison (Versions tab) marks what changed: a class and a badge, nothing else.
  const marks = useDiffMarks();
  const mark = nodeMarkOf(marks, node.id);
  return (
    <div
      className={`dp-node dp-fam-${family} dp-${node.kind}${trace ? ` dp-${trace}` : ''}${entry ? ' dp-entry' : ''}${diffClass(mark)}`}
      style={{ height: card.height }}
      role="group"
      aria-label={`${node.tagName}${node.name ? ` ${node.name}` : ''}`}
      data-element-id={node.id}
    >
      <Handle type="target" position={Position.Top} />
      {entry && (
        <div className="dp-start" style={{ height: CARD.start }}>
          <span aria-hidden="true">▶</span> Start of the call
        </div>
      )}
      {node.note !== undefined && (
        <NoteView elementId={node.id} text={node.note} lines={card.noteLines} />
      )}
      <div className="dp-header" style={{ height: CARD.header }} title={`<${node.tagName}>`}>
        <span className="dp-icon-tile">
          <span className="dp-icon" aria-hidden="true" />
        </span>
        <span className={node.name ? 'dp-name' : 'dp-name dp-tag'}>
          {node.kind === 'unknown' ? `<${node.tagName}>` : (node.name ?? node.tagName)}
        </span>
        {selected && node.note === undefined && <AddNoteButton elementId={node.id} />}
        <BreakpointToggle elementId={node.id} selected={Boolean(selected)} />
        <span className="dp-family">{FAMILY_LABEL[family]}</span>
        <DiffBadge mark={mark} />
        {node.kind === 'menu' && <ResultsBadge elementId={node.id} />}
        <CoverageBadge elementId={node.id} />
        <Badges errors={errors} warnings={warnings} />
      </div>
      {card.textLines > 0 && (
        <div
          className={`dp-summary${diffClass(card.prompt && markOf(marks, card.prompt.id))}`}
          style={textBlockStyle(card.textLines)}
          data-element-id={card.prompt?.id}
        >
          {card.prompt ? (
            <PromptText prompt={card.prompt} text={node.summary ?? ''} />
          ) : (
            node.summary
          )}
        </div>
      )}
      {card.body.map((a) => (
        <div key={a.id} className="dp-line" style={{ height: CARD.line }}>
          <ActionLine action={a} />
        </div>
      ))}
      {card.branches.map((b) => (
        <BranchView key={b.output.id} branch={b} />
      ))}
      {card.addBranch && <AddBranchButton menuId={node.id} />}
      {ends && <CallEnds />}
      {node.outputs.length === 0 && <Handle type="source" position={Position.Bottom} id="out" />}
    </div>
  );
});

/** A menu's prompt: its words in quotes; `play` for screen readers (and for finding it by text). */
function PromptText({ prompt, text }: { prompt: FlowAction; text: string }) {
  return (
    <>
      <span className="dp-sr">
        {prompt.text.slice(0, prompt.text.length - prompt.detail.length)}
      </span>
      {`“${text}”`}
    </>
  );
}

function Badges({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return null;
  return (
    <span className="dp-badges">
      {errors > 0 && (
        <span className="dp-badge dp-badge-error" title={`${errors} error(s)`}>
          {errors} error{errors > 1 ? 's' : ''}
        </span>
      )}
      {warnings > 0 && (
        <span className="dp-badge dp-badge-warning" title={`${warnings} warning(s)`}>
          {warnings} warning{warnings > 1 ? 's' : ''}
        </span>
      )}
    </span>
  );
}
