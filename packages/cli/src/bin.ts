#!/usr/bin/env node
import { main } from './main';

/**
 * Once `main` has decided the exit code (and written its output), an error
 * raised later by a reader being torn down (exceljs's zip stream emits one
 * when its input is closed early, e.g. after "no such sheet") must not turn a
 * usage error (2) into a crash (1). Before that point an uncaught error is a
 * crash: say so and exit 2, never echoing input.
 */
let decided = false;
process.on('uncaughtException', (error) => {
  if (decided) return;
  process.stderr.write(`truongthon: internal error (${error instanceof Error ? error.name : 'error'})\n`);
  process.exit(2);
});

main(process.argv).then(
  (code) => {
    decided = true;
    process.exitCode = code;
  },
  () => {
    decided = true;
    process.exitCode = 2;
  },
);
