/**
 * Keeps at most `limit` bytes of a stream. It stores nothing when nobody will read the content, and
 * it concatenates once at the end instead of growing a buffer chunk by chunk.
 */
export class CappedBuffer {
  bytes = 0;
  truncated = false;
  private readonly chunks: Buffer[] = [];

  constructor(
    private readonly limit: number,
    private readonly keep = true,
  ) {}

  /** Returns false once the stream went past the limit, i.e. the caller may stop reading. */
  add(chunk: Buffer): boolean {
    const room = this.limit - this.bytes;
    const taken = Math.min(room, chunk.length);
    if (this.keep && taken > 0) this.chunks.push(taken === chunk.length ? chunk : chunk.subarray(0, taken));
    this.bytes += taken;
    if (chunk.length > room) this.truncated = true;
    return !this.truncated;
  }

  content(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.bytes);
  }
}
