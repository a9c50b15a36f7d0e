import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('README example (examples/check-candidate.mjs, against the built packages)', () => {
  it('prints the verdict, cited findings in vi and en, the term and the rules', () => {
    const out = execFileSync(process.execPath, ['examples/check-candidate.mjs'], { cwd: root, encoding: 'utf8' });
    expect(out.split('\n')).toEqual([
      'ineligible R2018 2021–2023',
      '[legal] elig.age.under-minimum: Chưa đủ 21 tuổi vào ngày bầu cử (20 tuổi); đủ 21 tuổi từ ngày 2021-01-11. | Under 21 on the election date (20 years old); reaches 21 on 2021-01-11.',
      '[policy] policy.not-party-member: Khuyến nghị: người ứng cử không phải là đảng viên (chủ trương của Đảng; không phải điều kiện pháp lý). | Advice: the candidate is not a Party member (Party policy, not a legal requirement).',
      'term on 2022-05-01: 2021–2023 2021-01-10 2023-07-09',
      expect.stringMatching(/^rules on 2021-01-10: ELIG\.RESIDENCE, ELIG\.AGE\.MIN, ELIG\.JUDGMENT, POLICY\.PARTY_MEMBER, POLICY\.SECRETARY_HEAD/u),
      'candidate JSON Schema requires: fullName, dateOfBirth',
      '',
    ]);
  });
});
