import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('README example (examples/check-candidate.mjs, against the built packages)', () => {
  it('prints the verdict, cited findings in vi and en, the term and the rules', () => {
    const out = execFileSync(process.execPath, ['examples/check-candidate.mjs'], { cwd: root, encoding: 'utf8' });
    expect(out.split('\n')).toEqual([
      'ineligible R2018 2021–2023',
      '[legal] elig.age.under-minimum: Chưa đủ 21 tuổi vào ngày bầu cử (20 tuổi); đủ 21 tuổi từ ngày 11/01/2021. | Under 21 on the election date (20 years old); reaches 21 on 2021-01-11.',
      '[policy] policy.not-party-member: Khuyến nghị: người ứng cử không phải là đảng viên (theo chủ trương của Đảng; không phải tiêu chuẩn do pháp luật quy định). | Advice: the candidate is not a Party member (Party policy, not a legal requirement).',
      'term on 2022-05-01: 2021–2023 2021-01-10 2023-07-09',
      expect.stringMatching(/^rules on 2021-01-10: ELIG\.RESIDENCE, ELIG\.AGE\.MIN, ELIG\.JUDGMENT, POLICY\.PARTY_MEMBER, POLICY\.SECRETARY_HEAD/u),
      'candidate JSON Schema requires: fullName, dateOfBirth',
      '',
    ]);
  });
  it('examples/procedure.mjs: a meeting with no winner (159 of 361 = 44.04%), the Hương Xuân timeline, the Kon Tum report counts', () => {
    const out = execFileSync(process.execPath, ['examples/procedure.mjs'], { cwd: root, encoding: 'utf8' });
    expect(out.split('\n')).toEqual([
      "no-winner R2023 Phạm Văn Bình 44.04%, Đỗ Thị Lan 23.82%",
      "- Nobody is elected: the most votes went to Phạm Văn Bình, 159 of 361 (44.04% of the whole electorate; more than 50% required).",
      "- The commune People's Committee must decide the re-run by 2024-12-13 (5 working days from 2024-12-08).",
      "- The day the commune received the result is not given: the period is counted from the meeting, 2024-12-08.",
      "- Decree 59/2023 sets no deadline for holding the re-run; the commune People's Committee decides it.",
      "plan 2020-12-21",
      "candidate-list 2020-12-26",
      "election-group 2020-12-31",
      "meeting 2021-01-10",
      "recognition 2021-01-14",
      "rerun 2021-01-25",
      "interim-appointment —",
      "units 2, leaders 2, secretary-leaders 1, Party-member leaders 1 {\"leaders\":100,\"secretaryLeaders\":50,\"partyMemberLeaders\":50,\"nonPartyLeaders\":50,\"membershipUnknown\":0,\"interim\":0,\"vacant\":0,\"withoutPartyCell\":0,\"partyCellUnknown\":0}",
      "KONTUM.2021.DISTRICTS 2021-11-30 open",
      "KONTUM.2021.SNV 2021-12-09 open",
      ""
    ]);
  });
});
