/**
 * A broadcast's recipients as a person types them, one per line (dialplan-reference.md §6: each is
 * `{phoneNumber | contactId, attributes}`):
 *
 *     2135551234, firstName=Ann, note="likes calls, mornings"
 *     contact:123456
 *
 * The text is lossless both ways: anything the line form cannot say (other fields, odd shapes found in
 * an imported body) is written as `json:{…}` and read back with JSON.parse (never evaluated).
 */

export interface LineProblem {
  /** 1-based line of the text. */
  line: number;
  message: string;
}

export interface ParsedRecipients {
  recipients: unknown[];
  problems: LineProblem[];
}

type Attributes = Record<string, string>;

const KEY = /^[A-Za-z_][\w.-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Attributes {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

/** A value as written after `=`: quoted when it holds a comma, a quote or blanks at its ends. */
function writeValue(value: string): string {
  return /[",]|^\s|\s$|^$/.test(value) ? JSON.stringify(value) : value;
}

function writeAttributes(attributes: Attributes | undefined): string {
  if (!attributes) return '';
  return Object.entries(attributes)
    .map(([k, v]) => `, ${k}=${writeValue(v)}`)
    .join('');
}

/** One recipient as a line, or as `json:` when the line form would lose something. */
function recipientLine(recipient: unknown): string {
  if (isRecord(recipient)) {
    const { phoneNumber, contactId, attributes, ...rest } = recipient;
    const plain =
      Object.keys(rest).length === 0 &&
      (attributes === undefined ||
        (isStringRecord(attributes) &&
          Object.keys(attributes).length > 0 &&
          Object.keys(attributes).every((k) => KEY.test(k))));
    const attrs = attributes as Attributes | undefined;
    if (plain && typeof phoneNumber === 'string' && contactId === undefined)
      if (phoneProblem(phoneNumber) === undefined) return phoneNumber + writeAttributes(attrs);
    if (plain && typeof contactId === 'number' && phoneNumber === undefined)
      if (Number.isSafeInteger(contactId) && contactId > 0)
        return `contact:${contactId}${writeAttributes(attrs)}`;
  }
  return `json:${JSON.stringify(recipient)}`;
}

export function recipientsText(recipients: readonly unknown[] | undefined): string {
  return (recipients ?? []).map(recipientLine).join('\n');
}

/** Phone numbers as CallFire calls them: North American, 10 digits or 11 starting with 1. */
export function phoneProblem(digits: string): string | undefined {
  if (!/^\d+$/.test(digits)) return 'digits only, like 2135551234';
  if (digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))) return undefined;
  return 'a North American number: 10 digits, or 11 starting with 1';
}

/** Splits `a, b="x, y", c` at the commas outside quotes. */
function splitFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '\\' && quoted) {
      current += c + line.charAt(i + 1);
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === ',' && !quoted) {
      fields.push(current.trim());
      current = '';
    } else current += c;
  }
  fields.push(current.trim());
  return fields;
}

function parseAttribute(field: string, into: Attributes): string | undefined {
  const eq = field.indexOf('=');
  if (eq === -1) return `'${field}' is not name=value`;
  const key = field.slice(0, eq).trim();
  const raw = field.slice(eq + 1).trim();
  if (!KEY.test(key)) return `'${key}' is not an attribute name (letters, digits, _ . -)`;
  if (Object.hasOwn(into, key)) return `the attribute '${key}' is written twice`;
  if (raw.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value !== 'string') return `the value of '${key}' is not closed with "`;
      setOwn(into, key, value);
    } catch {
      return `the value of '${key}' is not closed with "`;
    }
  } else setOwn(into, key, raw);
  return undefined;
}

/** An own property even for `__proto__` or `constructor`: typed text must not reach a prototype. */
function setOwn(into: Attributes, key: string, value: string): void {
  Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
}

function parseJsonLine(body: string): { recipient?: unknown; problem?: string } {
  try {
    const value: unknown = JSON.parse(body);
    return isRecord(value) ? { recipient: value } : { problem: 'json: must be an object {…}' };
  } catch {
    return { problem: 'json: is not valid JSON' };
  }
}

function parseLine(line: string): { recipient?: unknown; problem?: string } {
  if (line.startsWith('json:')) return parseJsonLine(line.slice(5));
  const [who = '', ...rest] = splitFields(line);
  const recipient: Record<string, unknown> = {};
  const contact = /^contact:\s*(\d+)$/i.exec(who);
  if (contact) recipient['contactId'] = Number(contact[1]);
  else {
    const digits = who.replace(/[\s().-]/g, '').replace(/^\+/, '');
    const problem = phoneProblem(digits);
    if (problem) return { problem: `'${who}' is not a phone number: ${problem}` };
    recipient['phoneNumber'] = digits;
  }
  if (rest.length > 0) {
    const attributes: Attributes = {};
    for (const field of rest) {
      const problem = parseAttribute(field, attributes);
      if (problem) return { problem };
    }
    recipient['attributes'] = attributes;
  }
  return { recipient };
}

/** Reads the text back; blank lines and `#` comments are skipped, every bad line is reported. */
export function parseRecipients(text: string): ParsedRecipients {
  const out: ParsedRecipients = { recipients: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const { recipient, problem } = parseLine(line);
    if (problem !== undefined) out.problems.push({ line: i + 1, message: problem });
    else out.recipients.push(recipient);
  });
  return out;
}
