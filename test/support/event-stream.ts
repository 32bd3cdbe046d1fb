import { waitFor } from './wait.js';

export interface StreamedEvent {
  event: string;
  data: any;
}

export interface EventStream {
  status: number;
  contentType: string | null;
  /** Every event read so far, in the order sent. */
  events: StreamedEvent[];
  /** The first event (read so far or to come) that matches; fails after `timeoutMs`. */
  next(match: (e: StreamedEvent) => boolean, timeoutMs?: number): Promise<StreamedEvent>;
  /** Whether the server ends the stream within `ms`. */
  ends(ms?: number): Promise<boolean>;
  close(): void;
}

/**
 * Opens a Server-Sent Events stream and reads it from then on, whether or not a test is
 * waiting, so no event is missed between two waits.
 */
export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const events: StreamedEvent[] = [];
  let ended = false;
  void (async () => {
    if (!response.ok || !response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // Aborted by close(), or the connection broke: either way the stream has ended.
    }
    ended = true;
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    events,
    next: (match, timeoutMs = 5_000) => waitFor(() => events.find(match), { timeoutMs, failure: () => `no matching event; saw ${events.map((e) => e.event).join(', ') || 'none'}` }),
    ends: async (ms = 5_000) => Boolean(await waitFor(() => ended, { timeoutMs: ms }).catch(() => false)),
    close: () => controller.abort(),
  };
}
