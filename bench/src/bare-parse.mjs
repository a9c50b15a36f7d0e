/**
 * The baseline of the CLI benchmark: a bare csv-parse pass over the same file
 * (streaming, header row to objects, BOM stripped), doing nothing with the
 * records but count them. Same csv-parse version as the CLI.
 *
 *   node bench/src/bare-parse.mjs FILE.csv
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const file = process.argv[2];
if (!file) {
  console.error('usage: bare-parse.mjs FILE.csv');
  process.exit(2);
}
let rows = 0;
for await (const record of createReadStream(file).pipe(parse({ columns: true, bom: true }))) {
  if (record !== undefined) rows++;
}
process.stdout.write(`${rows}\n`);
