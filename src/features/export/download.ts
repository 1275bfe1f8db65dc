/** Download helpers of the Export panel (the link trick itself lives in src/ui/download.ts). */
export { downloadText } from '../../ui/download.ts';

/** A file name from a document name: letters, digits, dashes and underscores. */
export function xmlFileName(documentName: string): string {
  const base = documentName
    .trim()
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'dialplan'}.xml`;
}
