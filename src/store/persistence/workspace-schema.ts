/** Checks of the stored documents list and test calls (see schema.ts). */
import { DEFAULT_BROADCAST, type BroadcastSettings, type SavedTestCall } from '../../core/index.ts';
import type { SavedWorkspace, WorkspaceDocument } from '../workspace-slice.ts';
import { checkPositions, isNumber, isObject, isStringList, type Checked } from './schema.ts';

/** Every field the Export form reads, with the type it reads it as. */
function isBroadcast(v: unknown): v is BroadcastSettings {
  if (!isObject(v)) return false;
  const time = v.localTimeRestriction;
  const retry = v.retryConfig;
  return (
    typeof v.name === 'string' &&
    typeof v.fromNumber === 'string' &&
    isStringList(v.labels) &&
    isObject(time) &&
    typeof time.enabled === 'boolean' &&
    [time.beginHour, time.beginMinute, time.endHour, time.endMinute].every(isNumber) &&
    isObject(retry) &&
    isNumber(retry.maxAttempts) &&
    isNumber(retry.minutesBetweenAttempts) &&
    isStringList(retry.retryResults) &&
    isStringList(retry.retryPhoneTypes) &&
    Array.isArray(v.schedules) &&
    v.schedules.every(isObject) &&
    (v.recipients === undefined || Array.isArray(v.recipients))
  );
}

function checkDocument(value: unknown, index: number): Checked<WorkspaceDocument> {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string')
    return { value: undefined, problems: [`Document ${index + 1} could not be read.`] };
  const name =
    typeof value.name === 'string' && value.name.trim() ? value.name : `Document ${index + 1}`;
  const problems: string[] = [];
  let broadcast = DEFAULT_BROADCAST;
  if (isBroadcast(value.broadcast)) broadcast = value.broadcast;
  else
    problems.push(
      `The broadcast settings of “${name}” were damaged and are reset to the defaults.`,
    );
  const positions = value.positions === undefined ? undefined : checkPositions(value.positions);
  if (value.positions !== undefined && !positions)
    problems.push(`The node positions of “${name}” were damaged; its graph is laid out afresh.`);
  return {
    value: { id: value.id, name, text: value.text, broadcast, ...(positions ? { positions } : {}) },
    problems,
  };
}

export function checkWorkspace(value: unknown): Checked<SavedWorkspace> {
  if (!isObject(value) || value.version !== 1 || !Array.isArray(value.documents))
    return { value: undefined, problems: ['The documents list could not be read.'] };
  const checked = value.documents.map(checkDocument);
  const documents = checked.flatMap((c) => (c.value ? [c.value] : []));
  const problems = checked.flatMap((c) => c.problems);
  const first = documents[0];
  if (!first) return { value: undefined, problems: [...problems, 'The documents list was empty.'] };
  const activeId = documents.some((d) => d.id === value.activeId)
    ? (value.activeId as string)
    : first.id;
  return { value: { version: 1, activeId, documents }, problems };
}

function isTestCall(v: unknown): v is SavedTestCall {
  return (
    isObject(v) &&
    typeof v.name === 'string' &&
    v.name !== '' &&
    isObject(v.options) &&
    isStringList(v.inputs) &&
    Array.isArray(v.expected) &&
    v.expected.every(isObject)
  );
}

export function checkTestCalls(value: unknown): Checked<SavedTestCall[]> {
  if (!Array.isArray(value))
    return { value: undefined, problems: ['The saved test calls could not be read.'] };
  const kept = value.filter(isTestCall);
  const lost = value.length - kept.length;
  return {
    value: kept,
    problems:
      lost > 0 ? [`${lost} saved test call${lost === 1 ? '' : 's'} could not be read.`] : [],
  };
}
