import type { AddressInfo } from 'node:net';
import { serverSentEvents } from '../../bench/sse';
import type { Stack } from './stack';

export interface ReceivedEvent {
  id: string;
  event: string;
  data: Record<string, unknown>;
}

/**
 * A console's `GET /events` on the stack's HTTP server (listening on a free port once asked), from now or after
 * `lastEventId`, collecting every event it receives until `close`.
 */
export async function openEventStream(stack: Stack, token: string, lastEventId?: string) {
  const server = stack.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  const controller = new AbortController();
  const response = await fetch(`${url}?access_token=${token}`, {
    headers: lastEventId ? { 'last-event-id': lastEventId } : {},
    signal: controller.signal,
  });
  const events: ReceivedEvent[] = [];
  const ended = (async () => {
    const decoder = new TextDecoder();
    const read = serverSentEvents();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        for (const { id, event, data } of read(decoder.decode(chunk, { stream: true }))) {
          if (id) events.push({ id, event: event ?? '', data: JSON.parse(data ?? '{}') });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    contentType: response.headers.get('content-type'),
    events,
    ended,
    close: () => controller.abort(),
  };
}
