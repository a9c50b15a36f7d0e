import { describe, expect, it } from 'vitest';
import { BUILT_IN_OVERLAYS, DEFAULT_OVERLAYS, loadOverlays } from '../src/index';

describe('the built-in overlays', () => {
  it('pass every check loadOverlays makes (conflicts, lengths the law allows, periods, the commune limit)', () => {
    expect(() => loadOverlays(BUILT_IN_OVERLAYS)).not.toThrow();
  });
  it('DEFAULT_OVERLAYS answers as the checked registry does', () => {
    const checked = loadOverlays(BUILT_IN_OVERLAYS);
    for (const overlay of BUILT_IN_OVERLAYS) {
      for (const date of ['2019-01-01', '2021-01-10', '2024-01-01', '2025-07-01', '2026-01-05', '2026-05-26', '2027-01-01']) {
        const code = overlay.province.code;
        expect(DEFAULT_OVERLAYS.forProvince(code, date)).toEqual(checked.forProvince(code, date));
        for (const name of ['term.lengthYears', 'recognition.workingDays'] as const) {
          expect(DEFAULT_OVERLAYS.parameter(code, name, date), `${code} ${name} ${date}`).toEqual(checked.parameter(code, name, date));
        }
      }
    }
  });
});

describe('Kon Tum: the provincial recognition deadline holds until Nghị định 59/2023 takes effect (15/08/2023)', () => {
  it('5 working days from QĐ 34/2020/QĐ-UBND on 14/08/2023, the national rule from 15/08/2023', () => {
    expect(DEFAULT_OVERLAYS.parameter('62', 'recognition.workingDays', '2023-08-14')?.entry.citations[0]?.document).toBe('34/2020/QĐ-UBND');
    expect(DEFAULT_OVERLAYS.parameter('62', 'recognition.workingDays', '2023-08-15')).toBeUndefined();
  });
});
