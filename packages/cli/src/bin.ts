#!/usr/bin/env node
import { writeSync } from 'node:fs';
import { EXIT, RUN } from './commands/common';
import { abortOutputs, outputError } from './commands/output';
import { languageFromArgv, main } from './main';
import { CliError, cliErrorMessage, cliMessage } from './messages';

/**
 * Exit codes cannot lie. The process is a failure (exit 2) until `main` has
 * returned the code of a completed run; any other end says why and removes
 * the `--out` file in progress (its temporary file: an earlier file at
 * `--out` is left as it was):
 *
 * - the event loop empties while `main` still waits (a reader that stalls on
 *   a truncated file: exceljs does on a cut zip): exit 2, `cli.unfinished`
 *   naming the input;
 * - SIGINT, SIGTERM, SIGHUP: `cli.interrupted`, then the process ends by the
 *   signal itself (the shell sees 128 + its number, 130 for Ctrl-C), so that
 *   a script or loop running it stops too (`serve` takes the first signal
 *   itself, `RUN.onSignal`: it lets the requests under way finish and exits
 *   0; a second signal ends it as above);
 * - stdout closed by its reader (`truongthon check big.csv | head -1`), or
 *   any other failure to write it: the output is incomplete, so exit 2 with
 *   `cli.output-error` (EPIPE), at once: nothing more is read;
 * - an error nobody caught before `main` returned: `cli.internal-error`,
 *   exit 2, never echoing input.
 *
 * Once `main` has returned, an error raised by a reader being torn down
 * (exceljs's zip stream emits one when its input is closed early, e.g.
 * after "no such sheet") does not change its code, but a failing stdout
 * still does: output was lost.
 */
process.exitCode = EXIT.usage;
const lang = languageFromArgv(process.argv.slice(2), process.env);
/** Whether the exit code is decided: `main` returned, or the process stops and has said why. */
let decided = false;

/** Says why the process stops, on stderr (synchronously: also from an `exit` handler; a closed stderr is ignored). */
function say(text: string): void {
  try {
    writeSync(2, `${text}\n`);
  } catch {
    // Nowhere to say it: the exit code still tells.
  }
}

/** Stops now with exit 2 and a message, removing the unfinished output. */
function fail(text: string): never {
  decided = true;
  abortOutputs();
  say(text);
  process.exit(EXIT.usage);
}

process.on('exit', () => {
  abortOutputs();
  if (decided) return;
  process.exitCode = EXIT.usage;
  say(cliMessage('cli.unfinished', { file: RUN.input ?? '-' }, lang));
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    // A command that stops gracefully on a signal (serve) takes it; the handler is gone (once), so a second signal ends the process.
    if (RUN.onSignal?.(signal) === true) return;
    decided = true;
    abortOutputs();
    say(cliMessage('cli.interrupted', { signal }, lang));
    // The handler is gone (once): the signal now ends the process as it would have.
    process.kill(process.pid, signal);
  });
}

process.stdout.on('error', (error) => {
  const coded = outputError(error, undefined);
  fail(coded instanceof CliError ? cliErrorMessage(coded, lang) : cliMessage('cli.internal-error', { reason: error.name }, lang));
});
// A closed stderr loses only notices and the summary; the records and the exit code are intact.
process.stderr.on('error', () => {});

process.on('uncaughtException', (error) => {
  if (decided) return;
  fail(cliMessage('cli.internal-error', { reason: error instanceof Error ? error.name : 'error' }, lang));
});

main(process.argv).then(
  (code) => {
    decided = true;
    process.exitCode = code;
  },
  () => {
    decided = true;
    process.exitCode = EXIT.usage;
  },
);
