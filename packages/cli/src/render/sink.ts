import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Output is handed to the stream in chunks of this many bytes. */
export const SINK_CHUNK_BYTES = 64 * 1024;

const DONE: Promise<void> = Promise.resolve();

/** Whether a promise from {@link Sink.write} or {@link Sink.settle} is the one meaning "go on at once" (nothing to wait for). */
export function isSettled(promise: Promise<void>): boolean {
  return promise === DONE;
}

/** Where a record's text goes, piece by piece: text (encoded as UTF-8) or bytes already encoded. */
export interface TextOut {
  text(text: string): void;
  bytes(bytes: Uint8Array): void;
}

/**
 * A text/bytes output with backpressure. Writes are encoded straight into
 * a chunk of {@link SINK_CHUNK_BYTES} bytes, which goes to the stream when
 * full (one `stream.write`, one system call per chunk instead of per
 * record), in order. Nothing is held back while the producer waits: a
 * partly filled chunk also goes out as soon as the event loop turns
 * (`setImmediate`), so a slow reader (standard input, a terminal) still
 * sees each record promptly.
 *
 * `write` (and {@link Sink.settle} after `text`/`bytes`) waits for `drain`
 * whenever the stream's buffer is full, whether the chunk was handed over
 * by that call or by a deferred flush, so a slow consumer (a pipe, a disk)
 * slows the reader down instead of filling memory: at most one chunk (and
 * one record) is held here beyond the stream's own buffer.
 */
export class Sink implements TextOut {
  readonly stream: Writable;
  readonly #owned: boolean;
  #error: Error | undefined;
  #chunk: Buffer | undefined;
  #length = 0;
  /** Chunks the stream has written and handed back (see `#hand`). */
  readonly #spare: Buffer[] = [];
  /** Whether the stream writes to a file descriptor (a file, a pipe, a terminal): then a chunk can be used again once written. */
  readonly #fd: boolean;
  #scheduled = false;
  #ended = false;
  #drain: Promise<void> | undefined;

  /** @param owned whether `end()` should close the stream (files: yes; stdout: no). */
  constructor(stream: Writable, owned: boolean) {
    this.stream = stream;
    this.#owned = owned;
    this.#fd = typeof (stream as { fd?: unknown }).fd === 'number';
    stream.on('error', (error: Error) => {
      this.#error ??= error;
    });
  }

  /** Queues text or bytes, in order; resolves once the stream can take more. */
  write(chunk: string | Uint8Array): Promise<void> {
    const ready = this.ready();
    if (ready) return ready.then(() => this.write(chunk));
    if (typeof chunk === 'string') this.text(chunk);
    else this.bytes(chunk);
    return this.settle();
  }

  /**
   * `undefined` when the sink can take more now; otherwise a promise that
   * settles when it can (rejected if the output failed). Call before a run
   * of {@link Sink.text} / {@link Sink.bytes}, then {@link Sink.settle}.
   */
  ready(): Promise<void> | undefined {
    if (this.#error) return Promise.reject(this.#error);
    return this.#drain;
  }

  /** Appends text, encoded as UTF-8. */
  text(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (text.length * 3 > SINK_CHUNK_BYTES - this.#length) {
      this.#flush();
      if (text.length * 3 > SINK_CHUNK_BYTES) {
        this.#hand(text);
        return;
      }
    }
    this.#length += this.#buffer().write(text, this.#length);
  }

  /** Appends bytes (already encoded). */
  bytes(bytes: Uint8Array): void {
    if (bytes.length > SINK_CHUNK_BYTES - this.#length) {
      this.#flush();
      if (bytes.length > SINK_CHUNK_BYTES) {
        this.#hand(bytes);
        return;
      }
    }
    this.#buffer().set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /** After appending: resolves once the stream can take more (at once, unless it is full), rejects if the output failed. */
  settle(): Promise<void> {
    if (this.#error) return Promise.reject(this.#error);
    if (this.#length > 0) this.#schedule();
    return this.#drain ?? DONE;
  }

  #buffer(): Buffer {
    return (this.#chunk ??= this.#spare.pop() ?? Buffer.allocUnsafe(SINK_CHUNK_BYTES));
  }

  /** Hands the chunk gathered so far to the stream. */
  #flush(): void {
    const length = this.#length;
    if (length === 0) return;
    const chunk = this.#chunk!;
    this.#length = 0;
    if (length >= SINK_CHUNK_BYTES / 2) {
      // The stream keeps the chunk until it is written: start a new one.
      this.#chunk = undefined;
      this.#hand(chunk.subarray(0, length), chunk);
    } else this.#hand(Buffer.from(chunk.subarray(0, length)));
  }

  /**
   * Gives data to the stream. A chunk given to a stream that writes to a
   * file descriptor is used again once written (the system has copied it):
   * no new 64 KiB buffer per chunk. Any other stream (a PassThrough, a
   * Transform) may pass the very buffer on to its reader, so it keeps it.
   */
  #hand(data: string | Uint8Array, chunk?: Buffer): void {
    if (this.#error) return;
    const written =
      chunk !== undefined && this.#fd
        ? (error?: Error | null) => {
            if (!error && this.#spare.length < 2) this.#spare.push(chunk);
          }
        : undefined;
    if (!this.stream.write(data, written)) this.#waitDrain();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      if (!this.#ended && !this.#drain) this.#flush();
    });
  }

  #waitDrain(): void {
    if (this.#drain) return;
    this.#drain = waitDrain(this.stream).then(
      () => {
        this.#drain = undefined;
        // Records that came while waiting go out now, even if no more come for a while (a slow input).
        if (this.#length > 0 && !this.#ended) this.#schedule();
      },
      (error: Error) => {
        this.#error ??= error;
        this.#drain = undefined;
      },
    );
  }

  async end(): Promise<void> {
    if (this.#drain) await this.#drain;
    if (this.#error) throw this.#error;
    this.#ended = true;
    // The last chunk goes out with the end itself (no drain to wait for: a stream that ends emits none).
    if (this.#length > 0) {
      const last = this.#chunk!.subarray(0, this.#length);
      this.#chunk = undefined;
      this.#length = 0;
      this.stream.write(last);
    }
    if (this.#error) throw this.#error;
    if (this.#owned) {
      await new Promise<void>((resolve, reject) => {
        this.stream.once('error', reject);
        this.stream.end(() => resolve());
      });
      // A file stream has written everything once it closes.
      if (!this.stream.closed && 'fd' in this.stream) await once(this.stream, 'close');
    } else {
      await new Promise<void>((resolve, reject) => {
        this.stream.write('', (error) => (error ? reject(error) : resolve()));
      });
    }
    if (this.#error) throw this.#error;
  }
}

function waitDrain(stream: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(Object.assign(new Error('output closed'), { code: 'EPIPE' }));
    };
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
