export { formatDialplan } from './format-dialplan.ts';
export { treeShape, type TreeShape } from './tree-shape.ts';
