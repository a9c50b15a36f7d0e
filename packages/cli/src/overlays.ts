import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseInput, type ProvinceDataFile, provinceDataSchema } from '@truongthon/core';
import { ALL_OVERLAYS, BUILT_IN_OVERLAYS, formatMessage, loadOverlays, OverlayError, type OverlayRegistry, PROVINCE_DATA } from '@truongthon/rules';
import { CliError, type Lang } from './messages';

/** Province data files bigger than this are refused unread (a province's data is a few kilobytes). */
const MAX_BYTES = 4 * 1024 * 1024;

/** The `.json` files `--overlays` names: a file as given, a folder's `*.json` files in name order. */
async function filesOf(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CliError('cli.overlay-unreadable', { file: path, reason: String((error as { code?: unknown }).code ?? 'error') }, { cause: error });
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  if (names.length === 0) throw new CliError('cli.overlay-no-files', { file: path });
  return names.map((n) => join(path, n));
}

/** One province data file, read and checked against `provinceDataSchema`; a coded error names the file and the member. */
async function readDataFile(file: string, lang: Lang): Promise<ProvinceDataFile> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '');
  } catch (error) {
    throw new CliError('cli.overlay-unreadable', { file, reason: String((error as { code?: unknown }).code ?? 'error') }, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError('cli.overlay-json', { file }, { cause: error });
  }
  const parsed = parseInput(provinceDataSchema, json);
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    const path = issue.path === '' ? '(root)' : issue.path;
    throw new CliError('cli.overlay-invalid', { file, path, reason: formatMessage(issue.code, { ...issue.params, field: path }, lang) });
  }
  return parsed.value;
}

/**
 * The overlay registry of a command: the built-in overlays and province data
 * ({@link ALL_OVERLAYS}) when `--overlays` is not given; else the same with
 * the province data files `--overlays` names (files, or folders of `*.json`),
 * read at this boundary, each checked against `provinceDataSchema` (exit 2,
 * `cli.overlay-invalid` naming the file and the member), and together with
 * the rest checked by `loadOverlays` (`cli.overlay-rejected`: two files
 * claiming one value for one date, a length the law does not allow, …). A
 * file whose `id` is that of a built-in data file replaces it: a province
 * corrects its own data by dropping a file in.
 */
export async function overlaysOption(paths: unknown, lang: Lang): Promise<OverlayRegistry> {
  const list = paths === undefined ? [] : Array.isArray(paths) ? (paths as unknown[]).map(String) : [String(paths)];
  if (list.length === 0) return ALL_OVERLAYS;
  const files: { file: string; data: ProvinceDataFile }[] = [];
  for (const path of list) {
    for (const file of await filesOf(path)) files.push({ file, data: await readDataFile(file, lang) });
  }
  const ids = new Set(files.map((f) => f.data.id));
  const bundled = PROVINCE_DATA.filter((d) => !ids.has(d.id));
  try {
    return loadOverlays([...BUILT_IN_OVERLAYS, ...bundled, ...files.map((f) => f.data)]);
  } catch (error) {
    if (!(error instanceof OverlayError)) throw error;
    // The message names the overlays by id; the files that carry them are named too.
    const named = files.filter((f) => error.message.includes(f.data.id)).map((f) => f.file);
    throw new CliError('cli.overlay-rejected', { code: error.code, reason: error.message, file: (named.length > 0 ? named : files.map((f) => f.file)).join(', ') }, { cause: error });
  }
}

/** Commander's collector for a repeatable `--overlays`. */
export const collectOverlays = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];
