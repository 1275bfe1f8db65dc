import { DocumentList } from './DocumentList.tsx';
import { ExamplesGallery } from './ExamplesGallery.tsx';
import { ImportBar } from './ImportBar.tsx';

/** Documents, import and examples: everything that decides which dialplan is open. */
export function Documents() {
  return (
    <section aria-label="Documents" className="documents">
      <DocumentList />
      <ImportBar />
      <h3>Examples</h3>
      <ExamplesGallery />
    </section>
  );
}
