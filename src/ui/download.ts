/** Saves text or a blob as a file through a temporary link (no server involved). Shared by features. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(fileName: string, text: string, type = 'application/xml'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** A file name from a document name: letters, digits, dashes and underscores. */
export function xmlFileName(documentName: string): string {
  const base = documentName
    .trim()
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'dialplan'}.xml`;
}
