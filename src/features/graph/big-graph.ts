/**
 * From this many nodes on, a graph is big: the canvas draws only the cards on screen (panning a
 * 1,000-question poll stays smooth) and spreads the arrival of a whole new graph over several tasks
 * (nodes, then edges, then the camera). Small graphs draw all cards at once, so a card beside the
 * readable view is there the moment it is panned to.
 */
export const MANY_NODES = 150;
