import { useStudio } from '../store/index.ts';

/** Three labelled regions: Graph, XML, and the side panel (Inspector, Simulator, Export). */
export function StudioLayout() {
  const text = useStudio((s) => s.text);
  const count = useStudio((s) => s.diagnostics.length);
  return (
    <div className="studio">
      <header className="studio-header">
        <h1>Dialplan Studio</h1>
      </header>
      <main className="studio-main">
        <section aria-label="Graph" className="region">
          <p>{count} diagnostics</p>
        </section>
        <section aria-label="XML" className="region">
          <pre>{text}</pre>
        </section>
        <aside aria-label="Side panel" className="region" />
      </main>
    </div>
  );
}
