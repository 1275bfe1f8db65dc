/** The six export views of the open document, each computed only when shown. */
import {
  apiSequence,
  broadcastJson,
  curlCommand,
  toJsonStringLiteral,
  toOneLine,
  toPretty,
  type BroadcastSettings,
} from '../../core/index.ts';

export const EXPORT_FORMATS = [
  { id: 'pretty', label: 'Formatted XML' },
  { id: 'one-line', label: 'One line' },
  { id: 'json-string', label: 'JSON string' },
  { id: 'broadcast', label: 'Broadcast JSON' },
  { id: 'curl', label: 'curl command' },
  { id: 'api-sequence', label: 'API sequence' },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export function renderExport(
  format: ExportFormat,
  text: string,
  settings: BroadcastSettings,
  broadcastId = '',
): string {
  switch (format) {
    case 'pretty':
      return toPretty(text);
    case 'one-line':
      return toOneLine(text);
    case 'json-string':
      return toJsonStringLiteral(text);
    case 'broadcast':
      return broadcastJson(settings, text);
    case 'curl':
      return curlCommand(settings, text);
    case 'api-sequence':
      return apiSequence(settings, text, broadcastId);
  }
}
