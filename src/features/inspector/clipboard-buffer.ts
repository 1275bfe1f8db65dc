/**
 * The studio's own clipboard: copied XML stays here across document switches (copy in one dialplan, open
 * another, paste), and is also offered to the system clipboard when the browser allows it.
 */
let copied: string | undefined;

export function copyXml(xml: string): void {
  copied = xml;
  void navigator.clipboard?.writeText(xml).catch(() => undefined);
}

export function copiedXml(): string | undefined {
  return copied;
}
