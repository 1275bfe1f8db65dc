/** The keyboard helpers' door (issue 28): Enter on a selected element opens it in the Inspector. */
export { focusInspectorOf, useEnterOpensInspector } from './useEnterOpensInspector.ts';
