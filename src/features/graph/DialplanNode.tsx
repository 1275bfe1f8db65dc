import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { FlowNode } from '../../core/index.ts';
import { AddBranchButton } from './AddBranchButton.tsx';
import { ResultsBadge } from './ResultsBadge.tsx';

export interface DialplanNodeData extends Record<string, unknown> {
  node: FlowNode;
  errors: number;
  warnings: number;
  /** `active` while a simulated call is here, `visited` once it has been. */
  trace?: 'active' | 'visited';
}

export type DialplanFlowNode = Node<DialplanNodeData, 'dialplan'>;

/** One dialplan node: tag, name, prompt start, listed actions and one handle per labelled output. */
export const DialplanNode = memo(function DialplanNode({ data }: NodeProps<DialplanFlowNode>) {
  const { node, errors, warnings, trace } = data;
  return (
    <div
      className={`dp-node dp-${node.kind}${trace ? ` dp-${trace}` : ''}`}
      role="group"
      aria-label={`${node.tagName}${node.name ? ` ${node.name}` : ''}`}
      data-element-id={node.id}
    >
      <Handle type="target" position={Position.Left} />
      <div className="dp-header">
        <span className="dp-tag">
          {node.kind === 'unknown' ? `<${node.tagName}>` : node.tagName}
        </span>
        {node.name && <span className="dp-name">{node.name}</span>}
        {node.kind === 'menu' && <ResultsBadge elementId={node.id} />}
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
      </div>
      {node.summary && <div className="dp-summary">{node.summary}</div>}
      {node.body.map((a) => (
        <div key={a.id} className="dp-action" data-element-id={a.id}>
          {a.text}
        </div>
      ))}
      {node.outputs.map((o) => (
        <div key={o.id} className="dp-output" data-element-id={o.elementId}>
          <div className="dp-output-label">
            {o.label} <ResultsBadge elementId={o.elementId} />
          </div>
          {o.actions.map((a) => (
            <div key={a.id} className="dp-action" data-element-id={a.id}>
              {a.text}
            </div>
          ))}
          <Handle type="source" position={Position.Right} id={o.id} />
        </div>
      ))}
      {node.kind === 'menu' && <AddBranchButton menuId={node.id} />}
      {node.outputs.length === 0 && <Handle type="source" position={Position.Right} id="out" />}
    </div>
  );
});
