import { ActionButton } from '../../ui/actions/ActionButton.tsx';
import { EXAMPLES, exampleActionId } from './examples-list.ts';
import { useDocumentsMenu } from './menu-requests.ts';

/**
 * Examples from public/examples/ (same origin), one registry action each ("Open example: …", also in the
 * command palette). Opening one creates a new document (nothing is lost) with the example's test call
 * saved for the Simulator's Run all, and closes the New dialog it was chosen in.
 */
export function ExamplesGallery() {
  const { exampleError } = useDocumentsMenu();
  return (
    <>
      {exampleError && <p role="alert">{exampleError}</p>}
      <ul aria-label="Examples" className="examples">
        {EXAMPLES.map((example) => (
          <li key={example.file}>
            <ActionButton id={exampleActionId(example)}>{example.title}</ActionButton>
            <span className="example-description">{example.description}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
