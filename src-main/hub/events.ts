import type { Context } from 'hono';
import type { CoreEvent } from '../core/worker-protocol';

/** Anything that emits core events: the CoreClient, or a stand-in in tests. */
export interface CoreEventSource {
  onEvent(listener: (event: CoreEvent) => void): () => void;
}

const keepAliveMs = 25_000;

/**
 * `GET /api/v1/events`: the core's change events as Server-Sent Events (`event: <type>` and one
 * `data:` line of JSON each), forwarded as the core emits them. The caller is authenticated before
 * a stream opens. A stream ends when its client goes away, or all at once with `closeAll()` so
 * that stopping the hub never waits on browsers that keep listening.
 */
export class EventStreams {
  private readonly open = new Set<() => void>();

  constructor(private readonly source: CoreEventSource) {}

  get size(): number {
    return this.open.size;
  }

  respond(c: Context): Response {
    const encoder = new TextEncoder();
    const streams = this.open;
    let end = () => {};
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        const write = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            end();
          }
        };
        // The comment opens the stream at once, so the browser's EventSource reports "open".
        write(': presidio events\nretry: 2000\n\n');
        const unsubscribe = this.source.onEvent((event) => write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
        const timer = setInterval(() => write(': keep-alive\n\n'), keepAliveMs);
        let ended = false;
        end = () => {
          if (ended) return;
          ended = true;
          unsubscribe();
          clearInterval(timer);
          streams.delete(end);
          try {
            controller.close();
          } catch {
            // already closed or cancelled
          }
        };
        streams.add(end);
        c.req.raw.signal.addEventListener('abort', () => end());
      },
      cancel: () => end(),
    });
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
    });
  }

  closeAll(): void {
    for (const end of [...this.open]) end();
  }
}
