/** Export and import: one-line XML, broadcast bodies, curl, share links. */
export { toOneLine, toJsonStringLiteral } from './one-line.ts';
export { toPretty } from './pretty.ts';
export { treeSignature, type TreeSignature } from './tree-signature.ts';
export { nanpProblem } from './nanp.ts';
export {
  parseRecipients,
  phoneProblem,
  recipientsText,
  type LineProblem,
  type ParsedRecipients,
} from './recipients.ts';
export {
  BROADCASTS_URL,
  DAYS_OF_WEEK,
  DEFAULT_BROADCAST,
  blankBroadcast,
  PLACEHOLDER_CREDENTIALS,
  RETRY_PHONE_TYPES,
  RETRY_RESULTS,
  broadcastJson,
  buildBroadcastBody,
  curlCommand,
  shellQuote,
  type BroadcastSettings,
  type CalendarDate,
  type DayOfWeek,
  type LocalTimeRestriction,
  type RetryConfig,
  type RetryPhoneType,
  type RetryResult,
  type Schedule,
  type TimeOfDay,
} from './broadcast.ts';
export {
  MAX_ATTEMPTS,
  MAX_MINUTES_BETWEEN_ATTEMPTS,
  validateBroadcast,
  type FieldError,
} from './validate-broadcast.ts';
export { curlDataArguments } from './curl-data.ts';
export {
  BROADCAST_ID_PLACEHOLDER,
  addBatchCurl,
  apiSequence,
  fetchCallsCurl,
  startBroadcastCurl,
} from './api-sequence.ts';
export { importDialplan, type ImportResult, type ImportSource } from './import.ts';
export {
  SHARE_PREFIX,
  decodeShareFragment,
  encodeShareFragment,
  readShareFragment,
  shareChecksum,
  shareUrl,
  type SharedDocument,
} from './share-link.ts';
