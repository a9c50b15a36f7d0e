import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check';
import { EXIT, type Io, langOption, processIo, RUN } from './commands/common';
import { runRules, runSchema, runTerm } from './commands/info';
import { abortOutputs, outputError, outputPath } from './commands/output';
import { suggest } from './suggest';
import { runDocuments } from './commands/documents';
import { runInterim } from './commands/interim';
import { runReport } from './commands/report';
import { runTally } from './commands/tally';
import { runTimeline } from './commands/timeline';
import { CliError, cliErrorMessage, type CliMessageCode, cliMessage, isLang, type Lang } from './messages';
import { collectOverlays } from './overlays';
import { colorsFor } from './render/color';
import { VERSION } from './version';

/**
 * The language of help and messages, chosen before parsing (help is built
 * in it): `--lang en` / `--lang=en` on the command line, else
 * `TRUONGTHON_LANG`, else Vietnamese.
 */
export function languageFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && isLang(argv[i + 1])) return argv[i + 1] as Lang;
    if (arg.startsWith('--lang=') && isLang(arg.slice(7))) return arg.slice(7) as Lang;
  }
  const fromEnv = env['TRUONGTHON_LANG'];
  return isLang(fromEnv) ? fromEnv : 'vi';
}

const EXAMPLES: Readonly<Record<string, readonly (readonly [vi: string, en: string, command: string])[]>> = {
  truongthon: [
    ['Kiểm tra danh sách người ứng cử (bầu cử ngày 10/01/2021, Thừa Thiên Huế)', 'Check a list of candidates (election on 10/01/2021, Thừa Thiên Huế)', 'truongthon check ung-cu-vien.csv --election-date 2021-01-10 --province 46'],
    ['Nhiệm kỳ đang chạy của một tỉnh vào một ngày', 'The term running in a province on a date', 'truongthon term --province 46 --date 2022-05-01'],
    ['Các quy tắc áp dụng, kèm căn cứ pháp lý', 'The rules in force, with their legal basis', 'truongthon rules --date 2021-01-10'],
    ['Hướng dẫn bằng tiếng Anh', 'Help in English', 'truongthon check --help --lang en'],
  ],
  check: [
    ['Kiểm tra tệp CSV và in bảng kết quả ra màn hình', 'Check a CSV file and print a table', 'truongthon check ung-cu-vien.csv --election-date 2021-01-10 --province 46'],
    ['Tệp Excel, trang tính "Danh sách", kết quả ra tệp Excel', 'An Excel file, sheet "Danh sách", results to an Excel file', 'truongthon check ds.xlsx --sheet "Danh sách" --election-date 2021-01-10 --province "Thừa Thiên Huế" --out ket-qua.xlsx'],
    ['Tệp CSV cũ mã Windows-1258, kết quả JSON cho chương trình khác', 'A legacy Windows-1258 CSV, JSON results for another program', 'truongthon check cu.csv --encoding windows-1258 --election-date 2021-01-10 --format json > ket-qua.json'],
    ['Ngày bầu cử và tỉnh lấy từ các cột của tệp; thông báo bằng tiếng Anh', 'Election date and province from the file\'s columns; messages in English', 'truongthon check ds.csv --lang en --format ndjson'],
  ],
  term: [
    ['Nhiệm kỳ của Thừa Thiên Huế vào ngày 01/05/2022', 'The Thừa Thiên Huế term on 1 May 2022', 'truongthon term --province 46 --date 2022-05-01'],
    ['Theo tên tỉnh, kết quả JSON', 'By province name, JSON output', 'truongthon term --province "Kon Tum" --date 2021-08-16 --format json'],
  ],
  rules: [
    ['Các quy tắc có hiệu lực ngày 10/01/2021', 'The rules in force on 10/01/2021', 'truongthon rules --date 2021-01-10'],
    ['Kèm thời gian nhiệm kỳ của tỉnh', 'With the province\'s term length', 'truongthon rules --date 2021-01-10 --province 46'],
    ['Những gì Nghị định 185/2026/NĐ-CP thay đổi khi có hiệu lực (26/05/2026)', 'What Decree 185/2026/NĐ-CP changed when it took effect (26/05/2026)', 'truongthon rules --changes 2026-05-25 2026-05-26'],
  ],
  schema: [
    ['JSON Schema của dữ liệu người ứng cử', 'JSON Schema of a candidate', 'truongthon schema candidate > candidate.schema.json'],
  ],
  tally: [
    ['Kết quả bầu của từng tổ dân phố, kèm thời hạn công nhận, bầu lại', 'The outcome of each meeting, with recognition and re-run deadlines', 'truongthon tally bien-ban.csv --province 46'],
    ['Biên bản dạng JSON (theo lược đồ của thư viện), kết quả ra Excel', 'Meeting records as JSON (the library\'s shape), results to Excel', 'truongthon tally bien-ban.json --out ket-qua.xlsx'],
  ],
  timeline: [
    ['Các mốc chuẩn bị và thời hạn cho hội nghị ngày 10/01/2021', 'Preparation steps and deadlines for a meeting on 10/01/2021', 'truongthon timeline --meeting-date 2021-01-10 --province 46'],
    ['Theo Nghị định 59/2023, kết quả JSON', 'Under Decree 59/2023, JSON output', 'truongthon timeline --meeting-date 2024-12-15 --format json'],
  ],
  interim: [
    ['Hạn bầu sau khi chỉ định Trưởng thôn lâm thời ngày 01/07/2026 (thôn mới sau sắp xếp)', 'The deadline to elect after an interim head was appointed on 1 July 2026 (a new unit after the rearrangement)', 'truongthon interim --appointed-on 2026-07-01'],
  ],
  serve: [
    ['Dịch vụ HTTP trên cổng 8787 của máy này (127.0.0.1)', 'The HTTP service on port 8787 of this machine (127.0.0.1)', 'truongthon serve --port 8787'],
    ['Sau cổng LGSP: mọi địa chỉ, cần mã truy cập (đặt trong biến môi trường)', 'Behind an LGSP gateway: all addresses, a bearer token (set in the environment)', 'TRUONGTHON_TOKEN=… truongthon serve --host 0.0.0.0'],
    ['In tài liệu OpenAPI 3.1', 'Print the OpenAPI 3.1 document', 'truongthon serve --openapi > openapi.json'],
  ],
  report: [
    ['Báo cáo Bí thư chi bộ đồng thời là Trưởng thôn, Tổ trưởng tổ dân phố theo xã, huyện, tỉnh', 'Secretary-also-leader report per commune, district and province', 'truongthon report thon-to.csv --as-of 2021-11-15'],
    ['Báo cáo ra tệp Excel theo mẫu của Kon Tum', 'The report as an Excel file in the Kon Tum layout', 'truongthon report thon-to.xlsx --as-of 2021-11-15 --out bao-cao.xlsx'],
  ],
  documents: [
    ['Biên bản kiểm phiếu, nghị quyết và dự thảo quyết định cho từng cuộc họp', 'Count record, resolution and draft decision for each meeting', 'truongthon documents bien-ban.csv --out-dir van-ban/'],
    ['Biên bản dự kiến danh sách người ứng cử (Mẫu số 05) cho từng thôn, tổ dân phố', 'Minutes agreeing the candidate list (form 05) for each unit', 'truongthon documents ung-cu-vien.csv --election-date 2024-12-15 --out-dir van-ban/'],
  ],
};

function examplesText(name: string, lang: Lang): string {
  const lines = [`\n${cliMessage('help.examples', {}, lang)}`];
  for (const [vi, en, command] of EXAMPLES[name] ?? []) {
    lines.push(`  # ${lang === 'vi' ? vi : en}`, `  # ${lang === 'vi' ? en : vi}`, `  $ ${command}`, '');
  }
  lines.push(cliMessage(EXIT_CODES_HELP[name] ?? 'help.exit-codes', {}, lang));
  return lines.join('\n');
}

/** Each command's own exit codes in its help (what 0 and 1 mean differs from command to command). */
const EXIT_CODES_HELP: Readonly<Record<string, CliMessageCode>> = {
  truongthon: 'help.exit-codes',
  check: 'help.exit-codes.check',
  term: 'help.exit-codes.term',
  rules: 'help.exit-codes.rules',
  schema: 'help.exit-codes.schema',
  tally: 'help.exit-codes.tally',
  timeline: 'help.exit-codes.timeline',
  interim: 'help.exit-codes.interim',
  report: 'help.exit-codes.report',
  documents: 'help.exit-codes.documents',
  serve: 'help.exit-codes.serve',
};

const TITLES: Readonly<Record<string, CliMessageCode>> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.global-options',
};

/**
 * Builds the `truongthon` program in a language. Actions store their exit
 * code in `result.code`; commander's own errors are thrown (exitOverride),
 * the command that raised one kept in `result.failed` (for "did you mean"),
 * and rendered from the CLI catalogue by {@link main}.
 */
export function buildProgram(lang: Lang, io: Io, result: { code: number; failed?: Command }): Command {
  const m = (code: CliMessageCode) => cliMessage(code, {}, lang);
  const configure = (cmd: Command, name: string): Command => {
    cmd
      .exitOverride((error) => {
        result.failed = cmd;
        throw error;
      })
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: () => {},
      })
      .configureHelp({
        styleTitle: (title: string) => (TITLES[title] ? m(TITLES[title]) : title),
        showGlobalOptions: true,
      })
      .helpOption('-h, --help', m('help.help'))
      .addHelpText('after', examplesText(name, lang));
    return cmd;
  };
  const langOpt = () => new Option('--lang <lang>', m('help.opt.lang'));

  const program = configure(new Command('truongthon'), 'truongthon')
    .description(m('help.program'))
    .version(VERSION, '-V, --version', m('help.version'))
    .helpCommand('help [command]', m('help.help-command'))
    .showHelpAfterError(false);

  configure(program.command('check'), 'check')
    .description(m('help.check'))
    .argument('<file>', m('help.check.file'))
    .option('--election-date <date>', m('help.opt.election-date'))
    .option('--province <province>', m('help.opt.province'))
    .option('--overlays <path>', m('help.opt.overlays'), collectOverlays)
    .addOption(langOpt())
    .option('--format <format>', m('help.opt.format'))
    .option('--out <file>', m('help.opt.out'))
    .option('--encoding <encoding>', m('help.opt.encoding'))
    .option('--sheet <sheet>', m('help.opt.sheet'))
    .option('--header-row <n>', m('help.opt.header-row'))
    .option('--input-format <format>', m('help.opt.input-format'))
    .option('--today <date>', m('help.opt.today'))
    .option('--no-policy', m('help.opt.no-policy'))
    .option('--details', m('help.opt.details'))
    .option('--no-bom', m('help.opt.no-bom'))
    .option('-q, --quiet', m('help.opt.quiet'))
    .action(async (file: string, options: Record<string, string | boolean | undefined>) => {
      RUN.input = file;
      result.code = await runCheck(file, stdoutDash(options), langOption(options['lang'] as string | undefined), io);
    });

  configure(program.command('term'), 'term')
    .description(m('help.term'))
    .requiredOption('--province <province>', m('help.opt.province'))
    .requiredOption('--date <date>', m('help.opt.date'))
    .option('--overlays <path>', m('help.opt.overlays'), collectOverlays)
    .addOption(langOpt())
    .option('--format <format>', m('help.opt.format-simple'))
    .action(async (options: { province?: string; date?: string; format?: string; lang?: string; overlays?: string[] }) => {
      result.code = await runTerm(options, langOption(options.lang), io);
    });

  configure(program.command('rules'), 'rules')
    .description(m('help.rules'))
    .option('--date <date>', m('help.opt.date-optional'))
    .option('--province <province>', m('help.opt.province-rules'))
    .option('--overlays <path>', m('help.opt.overlays'), collectOverlays)
    .option('--changes <dates...>', m('help.opt.changes'))
    .addOption(langOpt())
    .option('--format <format>', m('help.opt.format-simple'))
    .option('--details', m('help.opt.details'))
    .action(async (options: { province?: string; date?: string; format?: string; lang?: string; changes?: string[]; details?: boolean; overlays?: string[] }) => {
      result.code = await runRules(options, langOption(options.lang), io);
    });

  configure(program.command('schema'), 'schema')
    .description(m('help.schema'))
    .argument('<name>', m('help.schema.name'))
    .addOption(langOpt())
    .action(async (name: string) => {
      result.code = await runSchema(name, io);
    });

  const fileOptions = (cmd: Command, formatHelp: CliMessageCode): Command =>
    cmd
      .addOption(langOpt())
      .option('--format <format>', m(formatHelp))
      .option('--out <file>', m('help.opt.out'))
      .option('--encoding <encoding>', m('help.opt.encoding'))
      .option('--sheet <sheet>', m('help.opt.sheet'))
      .option('--header-row <n>', m('help.opt.header-row'))
      .option('--input-format <format>', m('help.opt.input-format'))
      .option('--no-bom', m('help.opt.no-bom'))
      .option('--details', m('help.opt.details'))
      .option('-q, --quiet', m('help.opt.quiet'));

  fileOptions(
    configure(program.command('tally'), 'tally').description(m('help.tally')).argument('<file>', m('help.tally.file')).option('--province <province>', m('help.opt.province-default')).option('--overlays <path>', m('help.opt.overlays'), collectOverlays),
    'help.opt.format',
  ).action(async (file: string, options: Record<string, string | boolean | undefined>) => {
    RUN.input = file;
    result.code = await runTally(file, stdoutDash(options), langOption(options['lang'] as string | undefined), io);
  });

  configure(program.command('timeline'), 'timeline')
    .description(m('help.timeline'))
    .requiredOption('--meeting-date <date>', m('help.opt.meeting-date'))
    .option('--province <province>', m('help.opt.province'))
    .option('--overlays <path>', m('help.opt.overlays'), collectOverlays)
    .option('--received-on <date>', m('help.opt.received-on'))
    .addOption(langOpt())
    .option('--format <format>', m('help.opt.format-simple'))
    .option('--details', m('help.opt.details'))
    .action(async (options: { meetingDate?: string; province?: string; receivedOn?: string; format?: string; lang?: string; details?: boolean; overlays?: string[] }) => {
      result.code = await runTimeline(options, langOption(options.lang), io);
    });

  configure(program.command('interim'), 'interim')
    .description(m('help.interim'))
    .requiredOption('--appointed-on <date>', m('help.opt.appointed-on'))
    .addOption(langOpt())
    .option('--format <format>', m('help.opt.format-simple'))
    .option('--details', m('help.opt.details'))
    .action(async (options: { appointedOn?: string; format?: string; lang?: string; details?: boolean }) => {
      result.code = await runInterim(options, langOption(options.lang), io);
    });

  fileOptions(
    configure(program.command('report'), 'report').description(m('help.report')).argument('<file>', m('help.report.file')).option('--as-of <date>', m('help.opt.as-of')).option('--overlays <path>', m('help.opt.overlays'), collectOverlays),
    'help.opt.format-report',
  ).action(async (file: string, options: Record<string, string | boolean | undefined>) => {
    RUN.input = file;
    result.code = await runReport(file, stdoutDash(options), langOption(options['lang'] as string | undefined), io);
  });

  configure(program.command('documents'), 'documents')
    .description(m('help.documents'))
    .argument('<file>', m('help.documents.file'))
    .option('--out-dir <dir>', m('help.opt.out-dir'))
    .option('--kind <kind>', m('help.opt.kind'))
    .option('--election-date <date>', m('help.opt.election-date'))
    .option('--province <province>', m('help.opt.province-default'))
    .option('--overlays <path>', m('help.opt.overlays'), collectOverlays)
    .addOption(langOpt())
    .option('--encoding <encoding>', m('help.opt.encoding'))
    .option('--sheet <sheet>', m('help.opt.sheet'))
    .option('--header-row <n>', m('help.opt.header-row'))
    .option('--input-format <format>', m('help.opt.input-format'))
    .option('-q, --quiet', m('help.opt.quiet'))
    .action(async (file: string, options: Record<string, string | boolean | undefined>) => {
      RUN.input = file;
      result.code = await runDocuments(file, options, langOption(options['lang'] as string | undefined), io);
    });

  configure(program.command('serve'), 'serve')
    .description(m('help.serve'))
    .option('--host <host>', m('help.opt.host'))
    .option('--port <port>', m('help.opt.port'))
    .option('--token <token>', m('help.opt.token'))
    .option('--cors-origin <origins>', m('help.opt.cors-origin'))
    .option('--body-limit <bytes>', m('help.opt.body-limit'))
    .option('--batch-limit <lines>', m('help.opt.batch-limit'))
    .option('--concurrency <n>', m('help.opt.concurrency'))
    .option('--overlays <path>', m('help.opt.overlays'), collectOverlays)
    .option('--openapi', m('help.opt.openapi'))
    .addOption(langOpt())
    .option('-q, --quiet', m('help.opt.quiet-serve'))
    .action(async (options: Record<string, string | boolean | undefined>) => {
      // Loaded only for this command: the HTTP framework costs every other command nothing at start-up.
      const { runServe } = await import('./commands/serve');
      result.code = await runServe(options as Parameters<typeof runServe>[0], options['lang'] === undefined ? lang : langOption(options['lang'] as string), io);
    });
  return program;
}

/** The options of a command that writes a file: `--out -` is standard output, as no `--out` is. */
function stdoutDash<T extends { readonly [key: string]: unknown }>(options: T): T {
  if (options['out'] === undefined || outputPath(options['out'] as string) !== undefined) return options;
  const { out: _dash, ...rest } = options;
  return rest as unknown as T;
}

/**
 * Runs the CLI on `argv` (as `process.argv`: node, script, args…) and
 * returns the exit code: 0 all eligible / valid, 1 some rows not eligible,
 * undetermined or invalid, 2 a usage error, an unreadable or incomplete
 * file, or an output that could not be written (a closed pipe included: the
 * output is incomplete). 0 and 1 only come from a run that completed; an
 * `--out` file the run did not complete is removed.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const lang = languageFromArgv(argv.slice(2), io.env);
  const result: { code: number; failed?: Command } = { code: EXIT.ok };
  const program = buildProgram(lang, io, result);
  const errColors = colorsFor(io.stderr, io.env);
  try {
    await program.parseAsync([...argv]);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      const failed = result.failed ?? program;
      // A required option reported missing because it was mistyped: the mistyped option is the error to show.
      const mistyped = error.code === 'commander.missingMandatoryOptionValue' ? unknownOptionIn(argv.slice(2), failed) : undefined;
      const failure = mistyped === undefined ? error : new CommanderError(EXIT.usage, 'commander.unknownOption', `error: unknown option '${mistyped}'`);
      io.stderr.write(`${errColors.red(commanderMessage(failure, lang))}\n`);
      const hint = didYouMean(failure, failed, lang);
      if (hint !== undefined) io.stderr.write(`${hint}\n`);
      const command = argv.slice(2).find((a) => ['check', 'term', 'rules', 'schema', 'tally', 'timeline', 'interim', 'report', 'serve', 'documents'].includes(a));
      io.stderr.write(`${cliMessage('cli.usage.hint', { command: command ?? '' }, lang).replace('  ', ' ')}\n`);
      return EXIT.usage;
    }
    // A write after the output was closed (a pipe, by the commands that write to stdout directly) is an output error too.
    const coded = error instanceof CliError ? error : isBrokenPipe(error) ? outputError(error, undefined) : undefined;
    if (coded instanceof CliError) {
      io.stderr.write(`${errColors.red(cliErrorMessage(coded, lang))}\n`);
      return EXIT.usage;
    }
    const reason = error instanceof Error ? error.name : 'error';
    io.stderr.write(`${errColors.red(cliMessage('cli.internal-error', { reason }, lang))}\n`);
    if (io.env['TRUONGTHON_DEBUG'] && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
    return EXIT.usage;
  } finally {
    // An --out file the run did not complete (an error, a command that returned without ending it) is removed, never left in part.
    abortOutputs(io);
  }
}

function isBrokenPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

function commanderMessage(error: CommanderError, lang: Lang): string {
  const quoted = /'([^']*)'/u.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return cliMessage('cli.usage.unknown-option', { option: quoted }, lang);
    case 'commander.unknownCommand':
      return cliMessage('cli.usage.unknown-command', { command: quoted }, lang);
    case 'commander.missingArgument':
      return cliMessage('cli.usage.missing-argument', { argument: quoted }, lang);
    case 'commander.optionMissingArgument':
      return cliMessage('cli.usage.option-missing-argument', { option: quoted }, lang);
    case 'commander.missingMandatoryOptionValue':
      return cliMessage('cli.usage.missing-option', { option: quoted }, lang);
    case 'commander.excessArguments':
      return cliMessage('cli.usage.excess-arguments', {}, lang);
    default:
      return cliMessage('cli.usage.other', { reason: error.message.replace(/^error: /u, '') }, lang);
  }
}


/** The long options a command takes: its own and those of the program above it. */
function optionsOf(command: Command): Option[] {
  const options: Option[] = [];
  for (let cmd: Command | null = command; cmd; cmd = cmd.parent) options.push(...cmd.createHelp().visibleOptions(cmd));
  return options;
}

/** The first argument after the command's name that looks like an option the command does not take (`--provinc`), if any. */
function unknownOptionIn(args: readonly string[], command: Command): string | undefined {
  const options = optionsOf(command);
  const start = command.parent ? args.indexOf(command.name()) + 1 : 0;
  for (const arg of args.slice(start)) {
    if (arg === '--') return undefined;
    if (!arg.startsWith('-') || arg.length < 2 || /^-\d/u.test(arg)) continue;
    const name = arg.split('=')[0]!;
    if (!options.some((option) => option.long === name || option.short === name)) return arg;
  }
  return undefined;
}

/**
 * "Did you mean …?" for an unknown option or command, in the language of the
 * messages: the command's own long options (and those of the program above
 * it), or the commands, closest to what was typed ({@link suggest}). An
 * option typed with its value (`--formt=json`) or with one dash
 * (`-election-date`) is compared by its name.
 */
function didYouMean(error: CommanderError, failed: Command, lang: Lang): string | undefined {
  const typed = /'([^']*)'/u.exec(error.message)?.[1] ?? '';
  let candidates: string[];
  let word: string;
  if (error.code === 'commander.unknownOption') {
    word = typed.split('=')[0]!;
    if (/^-[^-]{2,}/u.test(word)) word = `-${word}`;
    if (!word.startsWith('--')) return undefined;
    candidates = optionsOf(failed).flatMap((option) => (option.long ? [option.long] : []));
  } else if (error.code === 'commander.unknownCommand') {
    word = typed;
    candidates = failed.createHelp().visibleCommands(failed).map((cmd) => cmd.name());
  } else return undefined;
  const found = suggest(word, candidates);
  if (found.length === 0) return undefined;
  return found.length === 1 ? cliMessage('cli.usage.did-you-mean', { suggestion: found[0]! }, lang) : cliMessage('cli.usage.did-you-mean-one-of', { suggestions: found.join(', ') }, lang);
}
