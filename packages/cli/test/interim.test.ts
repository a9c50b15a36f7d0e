/** `truongthon interim`: the last day to elect a head after the commune appoints an interim head (NĐ 185/2026 Điều 4 khoản 2). */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('truongthon interim --appointed-on', () => {
  it('a new unit of the 01/07/2026 rearrangement must elect by 01/01/2027, cited to the decree', async () => {
    const { code, stdout } = await run(['interim', '--appointed-on', '2026-07-01', '--format', 'json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ appointedOn: '2026-07-01', electionDueBy: '2027-01-01', maxMonths: 6, parameterId: 'PROC.INTERIM_MAX_MONTHS', confidence: 'secondary' });
    expect(out.citations[0]).toMatchObject({ document: '185/2026/NĐ-CP', article: '4', clause: '2' });
    expect(out.findings).toEqual([]);
  });
  it('in Vietnamese by default, with the citation; a later appointment carries the review warning', async () => {
    const vi = await run(['interim', '--appointed-on', '2026-08-31', '--format', 'table']);
    expect(vi.stdout).toContain('Phải bầu được Trưởng thôn, Tổ trưởng tổ dân phố chậm nhất ngày 28/02/2027 (6 tháng');
    expect(vi.stdout).toContain('khoản 2 Điều 4 Nghị định 185/2026/NĐ-CP');
    expect(vi.stdout).not.toContain('theo nguồn thứ cấp');
    const later = JSON.parse((await run(['interim', '--appointed-on', '2027-01-05', '--format', 'json'])).stdout);
    expect(later.findings.map((f: { code: string }) => f.code)).toEqual(['law.not-reviewed']);
  });
  it('no cap read before 01/03/2018; a bad date is a usage error', async () => {
    expect(JSON.parse((await run(['interim', '--appointed-on', '2017-06-01', '--format', 'json'])).stdout).electionDueBy).toBeNull();
    expect((await run(['interim', '--appointed-on', '31/06/2026'])).code).toBe(2);
    expect((await run(['interim', '--appointed-on', '01/07/26'])).code).toBe(2);
    // As people write it, the same day as ISO.
    expect((await run(['interim', '--appointed-on', '01/07/2026', '--format', 'json'])).stdout).toBe((await run(['interim', '--appointed-on', '2026-07-01', '--format', 'json'])).stdout);
    expect((await run(['interim'])).code).toBe(2);
  });
});
