/** Where the buffered lines go: a stream's `write` (process.stderr's, which is synchronous on files and pipes on Linux). */
export interface LineSink {
  write(chunk: string): unknown;
}

/** Lines written in batches: `write` keeps a line, `flush` writes all kept lines at once. */
export interface BufferedLines {
  /** Keeps one line (a newline is added); written once `size` characters are kept or `ms` after the first kept line. */
  readonly write: (line: string) => void;
  /** Writes every kept line now (on stop, on exit); nothing when none is kept. */
  readonly flush: () => void;
}

/**
 * Access-log lines written in batches, as pino's sonic-boom writes them with
 * a `minLength`: one write (one system call) for many requests instead of one
 * each, so logging costs a busy service little. A line waits at most `ms`
 * milliseconds (the timer does not keep the process alive); the caller
 * flushes on stop and on exit so that no line is lost.
 *
 * @example
 * const log = bufferedLines(process.stderr);
 * log.write('{"status":200}'); // kept
 * log.flush(); // written: {"status":200}\n
 */
export function bufferedLines(sink: LineSink, options: { readonly size?: number; readonly ms?: number } = {}): BufferedLines {
  const size = options.size ?? 16_384;
  const ms = options.ms ?? 200;
  let kept = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (kept === '') return;
    const text = kept;
    kept = '';
    sink.write(text);
  };
  const write = (line: string): void => {
    kept += `${line}\n`;
    if (kept.length >= size) flush();
    else if (timer === undefined) {
      timer = setTimeout(flush, ms);
      timer.unref();
    }
  };
  return { write, flush };
}
