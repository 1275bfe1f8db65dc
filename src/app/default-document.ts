// The seed's political poll, bundled so that a first visit shows it with no request.
import politicalPoll from '../../public/examples/political-poll.xml?raw';

export const DEFAULT_DOCUMENT_TEXT: string = politicalPoll;
