/**
 * The Results view before any calls are loaded: what to do first, in three steps, with the file chooser
 * (passed in as `chooser`) as the primary action. The whole card takes dropped page files.
 */
import { useId, type ReactNode } from 'react';
import { useCopy } from '../../ui/useCopy.ts';

/** The CLI line that saves every page of a broadcast's calls (README, "calls fetch"). */
export const FETCH_COMMAND = 'npx dialplan calls fetch --broadcast ID --out calls';

export function ResultsStart({ chooser, paste }: { chooser: ReactNode; paste: ReactNode }) {
  const headingId = useId();
  const { copy, status } = useCopy();
  return (
    <div className="results-start" role="group" aria-labelledby={headingId}>
      <h2 id={headingId}>See what your callers answered</h2>
      <p className="results-start-lead">
        Load a broadcast&apos;s calls to chart every question, the funnel and the final call
        results, and to put the numbers on the graph.
      </p>
      <ol className="results-steps">
        <li>
          <p>
            <strong>Fetch the calls.</strong> Save every page of <code>GET /v2/calls</code> for the
            broadcast with the <code>dialplan</code> CLI (it reads <code>CALLFIRE_USERNAME</code>{' '}
            and <code>CALLFIRE_PASSWORD</code>):
          </p>
          <div className="results-command">
            <code>{FETCH_COMMAND}</code>
            <button type="button" className="btn-quiet" onClick={() => copy(FETCH_COMMAND)}>
              Copy command
            </button>
            <span role="status" className="copy-status">
              {status}
            </span>
          </div>
          <p className="results-hint">
            Or run the curl lines of Send → API sequence and save each page as a file.
          </p>
        </li>
        <li>
          <p>
            <strong>Open the page files here.</strong> Choose <code>calls/page-*.json</code> or drop
            them on this box; overlapping pages count each call once.
          </p>
          <div className="results-start-action">{chooser}</div>
        </li>
        <li>
          <p>
            <strong>Read the results.</strong> Charts per question, the funnel, filters, a forecast
            to compare with, a CSV and a one-file HTML report.
          </p>
        </li>
      </ol>
      {paste}
    </div>
  );
}
