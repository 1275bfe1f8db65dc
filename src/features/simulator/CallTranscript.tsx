import { describeEvent, type SimEvent } from '../../core/index.ts';

/**
 * Events drawn at most: a call that runs 10,000 silent elements has as many events, and drawing them all
 * again after every slice of a busy call would hold the page. The newest are the ones that tell.
 */
export const MAX_TRANSCRIPT_EVENTS = 500;

/** The call's events in plain words, newest last; a live region so screen readers follow it. */
export function CallTranscript({ events }: { events: readonly SimEvent[] }) {
  const first = Math.max(0, events.length - MAX_TRANSCRIPT_EVENTS);
  return (
    // The log role goes on a wrapper: on the <ol> itself it would hide the list from its items.
    <div role="log" aria-label="Call transcript">
      {first > 0 && (
        <p className="sim-transcript-note">
          Showing the last {MAX_TRANSCRIPT_EVENTS} of {events.length.toLocaleString('en-US')}{' '}
          events.
        </p>
      )}
      <ol className="sim-transcript" start={first + 1}>
        {events.slice(first).map((event, index) => (
          <li
            key={first + index}
            className={`sim-event sim-event-${event.type}`}
            data-path={event.path}
          >
            <span className="sim-event-line">{event.line > 0 ? `L${event.line}` : ''}</span>{' '}
            {describeEvent(event)}
          </li>
        ))}
      </ol>
    </div>
  );
}
