import { describeEvent, type SimEvent } from '../../core/index.ts';

/** Every event of the call in plain words, newest last; a live region so screen readers follow it. */
export function CallTranscript({ events }: { events: readonly SimEvent[] }) {
  return (
    // The log role goes on a wrapper: on the <ol> itself it would hide the list from its items.
    <div role="log" aria-label="Call transcript">
      <ol className="sim-transcript">
        {events.map((event, index) => (
          <li key={index} className={`sim-event sim-event-${event.type}`} data-path={event.path}>
            <span className="sim-event-line">{event.line > 0 ? `L${event.line}` : ''}</span>{' '}
            {describeEvent(event)}
          </li>
        ))}
      </ol>
    </div>
  );
}
