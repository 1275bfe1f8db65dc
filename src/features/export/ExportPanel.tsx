/** The Export panel. Placeholder until its feature lands (owned by the export feature). */
export function ExportPanel() {
  return <p>Export</p>;
}
