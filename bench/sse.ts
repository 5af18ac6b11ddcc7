// Reading the API's `GET /events` stream, for the benchmark's listening console and the integration specs. It
// lives here, not in test/support, because the image's build compiles bench/ and leaves test/ out of its context.

/** One event of a text/event-stream: its fields by name (`id`, `event`, `data`), the first of each name. */
export type ServerSentEvent = Partial<Record<string, string>>;

/**
 * Splits a text/event-stream into events as its text arrives: each call takes the next chunk and returns the
 * events it completed, while an event cut off mid-chunk waits for the rest. A field is one line (`name: value`),
 * as the API writes them.
 */
export function serverSentEvents(): (chunk: string) => ServerSentEvent[] {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    const events: ServerSentEvent[] = [];
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: ServerSentEvent = {};
      for (const line of block.split('\n')) {
        const colon = line.indexOf(': ');
        if (colon <= 0) continue;
        const name = line.slice(0, colon);
        event[name] ??= line.slice(colon + 2);
      }
      events.push(event);
    }
    return events;
  };
}
