import { describe, expect, it } from 'vitest';
import { dateOption } from '../src/commands/common';
import { CliError } from '../src/messages';

/** Issue 15: a date option is written as people write dates, or as ISO; never guessed. */
describe('date options', () => {
  it.each([
    ['10/01/2021', '2021-01-10'],
    ['2021-01-10', '2021-01-10'],
    [' 10/01/2021 ', '2021-01-10'],
    ['10.01.2021', '2021-01-10'],
    ['29/02/2024', '2024-02-29'],
    ['ngày 10 tháng 1 năm 2021', '2021-01-10'],
  ])('%j is %s', (text, iso) => {
    expect(dateOption(text, '--election-date')).toBe(iso);
  });

  it.each(['10/01/21', '31/02/2021', '29/02/2023', '2021-13-01', '44206', '44206.5', '', '01/10/2021 08:00', 'hôm nay'])('%j is refused with cli.option-date', (text) => {
    let error: unknown;
    try {
      dateOption(text, '--election-date');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).code).toBe('cli.option-date');
  });

  it('an absent option stays absent', () => {
    expect(dateOption(undefined, '--election-date')).toBeUndefined();
  });
});
