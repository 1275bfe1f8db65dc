/**
 * The simulator's door (issue 28): what the graph and the versions view read of the simulator — its
 * breakpoints and its test-suite results (coverage). Kept to these small stores so that importing the door
 * does not pull the simulator's panels into another chunk.
 */
export { useDebugStore } from './debug-store.ts';
export { suiteLink, useSuiteStore } from './suite-store.ts';
