import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * A text/bytes output with backpressure: `write` waits for `drain` when the
 * stream's buffer is full, so a slow consumer (a pipe, a disk) slows the
 * reader down instead of filling memory.
 */
export class Sink {
  readonly stream: Writable;
  readonly #owned: boolean;
  #error: Error | undefined;

  /** @param owned whether `end()` should close the stream (files: yes; stdout: no). */
  constructor(stream: Writable, owned: boolean) {
    this.stream = stream;
    this.#owned = owned;
    stream.on('error', (error: Error) => {
      this.#error ??= error;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.#error) throw this.#error;
    if (!this.stream.write(chunk)) await waitDrain(this.stream);
    if (this.#error) throw this.#error;
  }

  async end(): Promise<void> {
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
