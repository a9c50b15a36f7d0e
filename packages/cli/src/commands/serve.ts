import { CliError, type Lang, cliMessage } from '../messages';
import { buildApp } from '../serve/app';
import { bufferedLines } from '../serve/log';
import { openApiDocument } from '../serve/openapi';
import { overlaysOption } from '../overlays';
import { type ServeFlags, serveOptions } from '../serve/options';
import { EXIT, type Io, RUN } from './common';

/**
 * `truongthon serve`: the HTTP service (see `serve/app.ts`), listening on
 * `--host` (default 127.0.0.1) and `--port` (default 8787; 0 picks a free
 * port). Prints the address it listens on (`… http://HOST:PORT`) on
 * stdout, one access-log line per request on stderr (JSON, no personal
 * data; written in batches, a line at most 200 ms after its request; none
 * with `--quiet`). On SIGTERM or SIGINT it stops taking requests,
 * lets those under way finish, and returns 0 (a second signal ends the
 * process at once). With `--openapi`, prints the OpenAPI document and
 * returns without listening. The clock is read here only: `today` and a
 * report's `asOf` default to today in Vietnam (`io.today`).
 */
export async function runServe(flags: ServeFlags & { readonly openapi?: boolean; readonly overlays?: readonly string[] }, lang: Lang, io: Io): Promise<number> {
  if (flags.openapi === true) {
    io.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
    return EXIT.ok;
  }
  const options = serveOptions(flags, io.env);
  // Province data files, read and checked once at start-up (`--overlays`, or TRUONGTHON_OVERLAYS: a file or folder).
  const paths = flags.overlays ?? (io.env['TRUONGTHON_OVERLAYS'] ? [io.env['TRUONGTHON_OVERLAYS']] : undefined);
  const overlays = await overlaysOption(paths, lang);
  // Access-log lines in batches (one write for many requests), every kept line written on stop and on exit.
  const log = bufferedLines(io.stderr);
  process.once('exit', log.flush);
  const app = buildApp(options, { today: io.today, log: log.write, overlays });
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    const reason = String((error as { code?: unknown } | null)?.code ?? (error instanceof Error ? error.name : 'error'));
    throw new CliError('serve.listen-failed', { host: options.host, port: String(options.port), reason }, { cause: error });
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  io.stdout.write(`${cliMessage('serve.listening', { url: `http://${host}:${port}` }, lang)}\n`);
  const stopped = new Promise<string>((resolve) => {
    RUN.onSignal = (signal) => {
      RUN.onSignal = undefined;
      resolve(signal);
      return true;
    };
  });
  const signal = await stopped;
  log.flush();
  io.stderr.write(`${cliMessage('serve.stopping', { signal }, lang)}\n`);
  await app.close();
  log.flush();
  process.off('exit', log.flush);
  io.stderr.write(`${cliMessage('serve.stopped', {}, lang)}\n`);
  return EXIT.ok;
}
