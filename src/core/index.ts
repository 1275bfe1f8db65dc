/**
 * The only door into the core: pure TypeScript that parses, validates, formats and simulates CallFire
 * IVR dialplans. No React, DOM, Monaco or Zustand here (a lint rule keeps it so).
 *
 * @example
 * import { parseDialplan } from './core';
 * const { document, diagnostics } = parseDialplan(text);
 */
export type * from './ast/types.ts';
export { TAG_KINDS } from './ast/types.ts';
export { parseDialplan, parseDialplanSteps, MAX_DEPTH } from './xml/parse.ts';
export { PositionMapper } from './xml/positions.ts';
export { decodeDialplanBytes, type DecodedFile, type FileEncoding } from './xml/decode-bytes.ts';
export { decodeEntities, escapeAttribute, escapeText } from './xml/entities.ts';
export {
  attr,
  attrValue,
  allElements,
  childElements,
  collapseWhitespace,
  elementAtOffset,
  elementName,
  indexElements,
  textContent,
  walkElements,
  type ElementLookup,
} from './ast/query.ts';
export { assignIds, segmentName } from './ast/ids.ts';
export {
  TAGS,
  CONTAINER_KINDS,
  PLAY_TYPES,
  VOICES,
  MUSIC_ON_HOLD,
  TRANSFER_MODES,
  CATCH_TYPES,
  attributeSchema,
  kindOfTag,
  mayContain,
  type AttributeSchema,
  type AttributeType,
  type TagCategory,
  type TagSchema,
} from './schema/tags.ts';

// validate: validateDialplan and rules (src/core/validate/)
export {
  analyseDialplan,
  hasSyntaxErrors,
  validateDialplan,
  RULES,
  type Rule,
  type ValidateOptions,
  type ValidationContext,
} from './validate/index.ts';

// format: formatDialplan (src/core/format/)
export { formatDialplan, treeShape, type TreeShape } from './format/index.ts';

// simulate: the engine and safe expressions (src/core/simulate/)
export type * from './simulate/types.ts';
export { startCall, stepCall, stopCall } from './simulate/engine.ts';
export { runScriptedCall, inputTokens, invalidInputToken } from './simulate/script.ts';
export { defaultSimOptions, DEFAULT_MENU_TIMEOUT_MS, menuTimeoutMs } from './simulate/options.ts';
export { evaluateExpression, type EvalOutcome } from './simulate/expression/evaluate.ts';
export type { ExprValue } from './simulate/expression/values.ts';
export { expandVariables } from './simulate/variable-expansion.ts';
export { LOOP_LIMIT, CALL_STEP_BUDGET } from './simulate/run.ts';
export { simulateBatch, seededRandom, BatchRun } from './simulate/batch.ts';

// edit: AST operations and text patches (src/core/edit/)
export { applyPatches, sortPatches, type TextPatch } from './edit/patch.ts';
export { insertedOffset } from './edit/patch.ts';
export { EditError, type EditResult, type InsertPosition, type InsertWhere } from './edit/types.ts';
export { setAttribute, removeAttribute } from './edit/attributes.ts';
export { editableText, setTextContent } from './edit/text-content.ts';
export { renameElement } from './edit/rename.ts';
export { setNote } from './edit/note.ts';
export { takenNames, uniqueName, referencesTo } from './edit/element-names.ts';
export { insertSnippet } from './edit/insert.ts';
export { deleteElement, deleteSelectingNeighbour } from './edit/remove.ts';
export {
  serializeElement,
  makeNamesUnique,
  pasteSnippet,
  duplicateElement,
} from './edit/clipboard.ts';
export { moveElement } from './edit/move.ts';
export {
  connect,
  connectToElement,
  disconnect,
  defaultPort,
  existingGoto,
  type ConnectPort,
} from './edit/connect.ts';
export { addKeypressBranch, nextFreeKey } from './edit/branch.ts';
export {
  amdSplitXml,
  goodbyeXml,
  pollQuestionXml,
  pollPrompt,
  takenQuestionNames,
} from './edit/blocks.ts';
export {
  DEFAULT_INVALID,
  derivedVarname,
  isQuestionMenu,
  readQuestion,
  RETRY_COUNTER,
  type AfterRepeats,
  type InvalidAnswer,
  type QuestionAnswer,
  type QuestionModel,
  type ReadQuestion,
} from './edit/question-model.ts';
export { BLANK_DIALPLAN, emptyPollXml, MACHINE_MESSAGE } from './edit/templates.ts';
export { answersPhrase, promptFromAnswers, questionXml } from './edit/question-xml.ts';
export { writeQuestion } from './edit/question-patch.ts';
export { answerLabelPatches, setAnswerLabel } from './edit/answer-label.ts';
export {
  PALETTE_GROUPS,
  PALETTE_ITEMS,
  paletteItem,
  paletteSnippet,
  type PaletteGroup,
  type PaletteItem,
} from './edit/catalog.ts';
export { placementFor } from './edit/placement.ts';
export { findElements, type FindMatch } from './ast/find.ts';
export {
  describeDrop,
  describePlacement,
  labelOf,
  planDrop,
  type DropPlan,
  type DropTarget,
  type PlacedBox,
} from './edit/drop-placement.ts';
export { planTextDrop } from './edit/text-drop.ts';
export {
  connectAfterFix,
  describeJoin,
  insertJoined,
  planJoin,
  waysIn,
  type ConnectFix,
  type JoinedInsert,
  type JoinPlan,
} from './edit/join.ts';
export { reachedIds } from './validate/reach.ts';
export { findElement, parentElement } from './edit/lookup.ts';
/** The inspector checks `pressed` live with the validator's own parser. */
export { parsePressed, type PressedPattern } from './validate/pressed.ts';

// layout: graph layout (src/core/layout/)
export type { XY } from './layout/types.ts';
export { mapElementIds, remapPositions, sameSkeleton } from './layout/id-mapping.ts';
export { placeNodes, layeredLayout } from './layout/place.ts';
export { boxesMeet, freeSpot, type Box } from './layout/free-spot.ts';
export { layoutInputOf, type LayoutInput } from './layout/layout-input.ts';
export { packPositions, unpackPositions } from './layout/packed-positions.ts';
export {
  boundsOf,
  fitZoom,
  READABLE_TEXT_PX,
  READABLE_ZOOM,
  readableViewport,
  type Rect,
  type Size,
  type Viewport,
} from './layout/viewport.ts';
export type { LaidOut, LayoutDirection } from './layout/direction.ts';
// graph: what the studio draws, derived from the AST (src/core/graph/)
export type * from './graph/types.ts';
export { deriveGraph, deriveGraphSteps, nodeIdOf } from './graph/derive.ts';
export { estimateNodeSize, graphMarks, NODE_WIDTH, type GraphMarks } from './graph/size.ts';
export { CARD, cardOf, handleSpots, type Card, type CardBranch } from './graph/card.ts';
export { FAMILY_LABEL, familyOf, type NodeFamily } from './graph/node-families.ts';

// export: broadcast bodies and import (src/core/export/)
export * from './export/index.ts';

// testcalls: saved test calls, replay and transcript diff (src/core/testcalls/)
export type { SavedTestCall, TestCallOutcome } from './testcalls/types.ts';
export { describeEvent } from './testcalls/describe-event.ts';
export {
  diffTranscripts,
  diffLines,
  formatDifference,
  type TranscriptDifference,
} from './testcalls/diff-transcripts.ts';
export { replayTestCall, replayTestCalls } from './testcalls/replay.ts';

// diff: semantic diff of two dialplans (src/core/diff/)
export {
  CHANGE_KIND_LABELS,
  type ChangeKind,
  type DialplanChange,
  type WordPart,
} from './diff/types.ts';
export { diffDialplans, diffDialplanTexts } from './diff/diff-dialplans.ts';
export { diffWords } from './diff/word-diff.ts';
// results: call pages from GET /v2/calls → counts, funnel, CSV, graph overlay (src/core/results/)
export * from './results/index.ts';
export {
  holdsText,
  inspectorEdit,
  shownText,
  shownValue,
  type InspectorField,
} from './edit/inspector-edit.ts';
// suite: test suites as files (.tests.json), their runner, branch coverage, generation (src/core/suite/)
export * from './suite/index.ts';
export { savedCallAsTest } from './testcalls/to-suite-test.ts';
/** Which elements are branches (keypress, live, machine, else) and which the call chooses (issue 28). */
export {
  BRANCH_KINDS,
  CALL_BRANCH_KINDS,
  isBranchKind,
  isCallBranchKind,
} from './schema/branches.ts';
/** What a menu's `timeout` means, decided once (issue 28): 1000+ ms, smaller seconds, else the default. */
export { readMenuTimeout, type MenuTimeout } from './schema/menu-timeout.ts';
