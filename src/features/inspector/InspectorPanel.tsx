/** The Inspector panel. Placeholder until its feature lands (owned by the inspector feature). */
export function InspectorPanel() {
  return <p>Inspector</p>;
}
