import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../src/commands/check';
import { CLI_MESSAGES, cliMessage, sanitize } from '../src/messages';
import { ROOT } from './helpers';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('CLI message catalogue', () => {
  it('has every code in vi and en with the same placeholders', () => {
    const vi = CLI_MESSAGES.vi;
    const en = CLI_MESSAGES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const code of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[code]), code).toEqual(placeholders(vi[code]));
      expect(vi[code].trim(), code).not.toBe('');
      expect(en[code].trim(), code).not.toBe('');
    }
  });

  it('covers every cli.* code the sources use', () => {
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(cli\.[a-z0-9.-]+)'/gu)) used.add(m[1]!);
    }
    const known = new Set(Object.keys(CLI_MESSAGES.vi));
    const unknown = [...used].filter((code) => !known.has(code) && !code.endsWith('.'));
    expect(unknown).toEqual([]);
  });

  it('defaults to Vietnamese and interpolates parameters', () => {
    expect(cliMessage('cli.file-not-found', { file: 'a.csv' })).toBe('Không tìm thấy tệp "a.csv".');
    expect(cliMessage('cli.file-not-found', { file: 'a.csv' }, 'en')).toBe('File "a.csv" not found.');
  });

  it('never lets a parameter drive the terminal', () => {
    const text = cliMessage('cli.header-missing', { column: 'Ngày\u001b[2J sinh\r\n', accepted: 'x' }, 'en');
    expect(text).not.toMatch(/[\u0000-\u001f\u007f]/u);
    expect(sanitize('a\u0007b\u009bc')).toBe('a\uFFFDb\uFFFDc');
  });

  it('is filled as the rules\' messages are: dates as readers write them, a placeholder without a value kept as written', () => {
    expect(cliMessage('out.report-deadline', { who: 'UBND xã', due: '2021-11-30', passed: '' })).toBe('Hạn báo cáo: UBND xã, chậm nhất ngày 30/11/2021.');
    expect(cliMessage('out.report-deadline', { who: 'UBND xã', due: '2021-11-30', passed: '' }, 'en')).toContain('2021-11-30');
    expect(cliMessage('cli.file-not-found', {})).toBe('Không tìm thấy tệp "{file}".');
    // A column or file the user named like a date is named as written.
    expect(cliMessage('cli.file-not-found', { file: '2021-01-10' })).toBe('Không tìm thấy tệp "2021-01-10".');
    expect(cliMessage('cli.bad-date', { column: '2021-01-10' })).toContain('«2021-01-10»');
  });

  it('cuts very long parameters', () => {
    const text = cliMessage('cli.file-not-found', { file: 'x'.repeat(5000) }, 'en');
    expect(text.length).toBeLessThan(300);
  });
});

describe('numbers for people', () => {
  it('the summary marks thousands of a count as its readers do (100.000 and 1.250 in Vietnamese, 100,000 in English)', () => {
    const counts = { eligible: 42618, ineligible: 37675, undetermined: 19707, invalid: 0 };
    expect(summaryLine(counts, 100000, 'vi')).toBe('Tổng cộng 100.000 dòng: Đủ điều kiện: 42.618, Không đủ điều kiện: 37.675, Chưa xác định: 19.707, Dữ liệu không hợp lệ: 0.');
    expect(summaryLine(counts, 100000, 'en')).toContain('100,000 rows in all: Eligible: 42,618');
    expect(summaryLine({ eligible: 1250, ineligible: 5, undetermined: 0, invalid: 0 }, 1255, 'vi')).toBe('Tổng cộng 1.255 dòng: Đủ điều kiện: 1.250, Không đủ điều kiện: 5, Chưa xác định: 0, Dữ liệu không hợp lệ: 0.');
  });
});
