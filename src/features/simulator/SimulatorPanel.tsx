/** The Simulator panel. Placeholder until its feature lands (owned by the simulator feature). */
export function SimulatorPanel() {
  return <p>Simulator</p>;
}
