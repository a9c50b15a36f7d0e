// Runnable example from the README: `node examples/check-candidate.mjs` after `npm run build`.
import { checkCandidate, formatFinding, listRules, termOn } from '@truongthon/rules';
import { toJsonSchema } from '@truongthon/core';

const context = { electionDate: '2021-01-10', province: '46' }; // Hương Xuân, Thừa Thiên Huế

const result = checkCandidate(
  {
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '2000-01-11', // turns 21 the day after the election
    permanentResident: true,
    livesInUnit: true,
    partyMember: false,
    attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true },
  },
  context,
);

console.log(result.verdict, result.regime?.id, result.term?.label);
for (const finding of result.findings) {
  console.log(`[${finding.kind}] ${finding.code}: ${formatFinding(finding, 'vi')} | ${formatFinding(finding, 'en')}`);
}

const term = termOn('46', '2022-05-01');
if (term.ok) console.log('term on 2022-05-01:', term.term.label, term.term.start, term.term.end);

console.log('rules on 2021-01-10:', listRules({ date: '2021-01-10' }).map((r) => r.id).join(', '));
console.log('candidate JSON Schema requires:', toJsonSchema('candidate').required.join(', '));
