// The seed's political poll, bundled so that a first visit shows it with no request. Imported from
// fixtures/, not public/: Vite's dev server (`npm start`) warns on every load about a `?raw` import out of
// the public folder. The gallery serves public/examples/political-poll.xml, kept equal by a test.
import politicalPoll from '../../fixtures/political-poll.xml?raw';

export const DEFAULT_DOCUMENT_TEXT: string = politicalPoll;
