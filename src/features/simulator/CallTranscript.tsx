import { describeEvent, type SimEvent } from '../../core/index.ts';

/** Every event of the call in plain words, newest last; a live region so screen readers follow it. */
export function CallTranscript({ events }: { events: readonly SimEvent[] }) {
  return (
    <ol role="log" aria-label="Call transcript" className="sim-transcript">
      {events.map((event, index) => (
        <li key={index} className={`sim-event sim-event-${event.type}`} data-path={event.path}>
          <span className="sim-event-line">{event.line > 0 ? `L${event.line}` : ''}</span>{' '}
          {describeEvent(event)}
        </li>
      ))}
    </ol>
  );
}
