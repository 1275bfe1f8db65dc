/** A point on the graph canvas (top-left corner of a node), in canvas units. */
export interface XY {
  x: number;
  y: number;
}
