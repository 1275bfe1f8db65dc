/**
 * Keeping the CallFire login out of what `dialplan calls fetch` prints and where it sends it: URLs lose
 * their `user:password@`, echoed error bodies lose the password, the Basic token and any
 * `Authorization` header they repeat (and control characters that could drive the terminal), and plain
 * http is allowed only to this machine unless the person says `--insecure`.
 */

export interface Secrets {
  username: string;
  password: string;
}

const REDACTED = '[redacted]';

/** The `Authorization` header value sent with every request. */
export function basicAuth({ username, password }: Secrets): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** A URL as it may be shown: without a login in it (an unparseable one is not shown at all). */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return '(the --api URL)';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Text from the server (or an error message) made safe to print: every form of the password and the
 * Basic token is replaced, an echoed `Authorization` header loses its value, and control characters
 * become spaces.
 */
export function redact(text: string, secrets: Secrets): string {
  const token = basicAuth(secrets).slice('Basic '.length);
  const forms = [token, secrets.password, encodeURIComponent(secrets.password)]
    .filter((form) => form.length > 0)
    .sort((a, b) => b.length - a.length);
  let out = text.replace(/(authorization["']?\s*[:=]\s*["']?)[^"',;}\r\n]*/gi, `$1${REDACTED}`);
  for (const form of forms) out = out.replace(new RegExp(escapeRegExp(form), 'g'), REDACTED);
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return out.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

/** 127.0.0.0/8, ::1 and localhost: the only hosts plain http may carry the login to. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Why the `--api` URL may not carry the login, or undefined when it may: a login inside the URL is
 * refused (it would end up in shell history and messages), plain http to another machine is refused
 * unless `insecure`.
 */
export function transportRefusal(api: URL, insecure: boolean): string | undefined {
  if (api.username !== '' || api.password !== '')
    return '--api must not contain a login (user:password@); set CALLFIRE_USERNAME and CALLFIRE_PASSWORD instead';
  if (api.protocol === 'http:' && !isLoopback(api.hostname) && !insecure)
    return `refusing to send your CallFire login over plain http to ${api.host}: use https, or pass --insecure to send it anyway`;
  return undefined;
}
