/**
 * The two baselines of issue 6, implementing the same objective rules as
 * truongthon's legal rules (TT 04/2012/TT-BNV Điều 11):
 *   - 21 or over on the election date (a 29 February birthday counts from
 *     1 March in common years, truongthon's default);
 *   - permanent residence registered in the unit, AND living there;
 *   - the five judgment attestations all `true`.
 * Three-valued like truongthon: any `false` (or under 21) → `ineligible`;
 * otherwise any unknown (null / absent) → `undetermined`; else `eligible`.
 * Policy advice (Party membership) never changes a verdict, so it is not here.
 */
import jsonRulesEngine from 'json-rules-engine';

const { Engine } = jsonRulesEngine;
const KEYS = ['health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity'];

/**
 * The practical limit: a hand-written if-chain with no findings, no trace, no
 * citations, no validation. Age is decided by comparing ISO strings with the
 * cut-off date (the election date 21 years earlier), computed once: a person
 * born on or before it is 21 on the election date (a 29 February birthday
 * sorts after 28 February and before 1 March, i.e. truongthon's default).
 * @param {string} electionDate
 * @returns {(c: any) => 'eligible' | 'ineligible' | 'undetermined'}
 */
export function makeHandChain(electionDate) {
  const cutoff = `${String(Number(electionDate.slice(0, 4)) - 21).padStart(4, '0')}${electionDate.slice(4)}`;
  return function handChain(c) {
    const pr = c.permanentResident;
    const lives = c.livesInUnit;
    if (pr === false || lives === false || c.dateOfBirth > cutoff) return 'ineligible';
    const a = c.attestations;
    if (a == null) return 'undetermined';
    const h = a.health;
    const d = a.dedication;
    const m = a.moralQuality;
    const f = a.exemplaryFamily;
    const k = a.capacity;
    if (h === false || d === false || m === false || f === false || k === false) return 'ineligible';
    if (pr == null || lives == null || h == null || d == null || m == null || f == null || k == null) return 'undetermined';
    return 'eligible';
  };
}

/**
 * The same chain written the way most code does it: the date of birth is split
 * into numbers on every call and the age computed. Shown for context (splitting
 * strings with `slice` + `Number` dominates its cost); not a target.
 * @param {string} electionDate
 * @returns {(c: any) => 'eligible' | 'ineligible' | 'undetermined'}
 */
export function makeHandChainSplit(electionDate) {
  const ey = Number(electionDate.slice(0, 4));
  const em = Number(electionDate.slice(5, 7));
  const ed = Number(electionDate.slice(8, 10));
  return function handChainSplit(c) {
    const pr = c.permanentResident;
    const lives = c.livesInUnit;
    if (pr === false || lives === false) return 'ineligible';
    const dob = c.dateOfBirth;
    const bm = Number(dob.slice(5, 7));
    const bd = Number(dob.slice(8, 10));
    let age = ey - Number(dob.slice(0, 4));
    if (em < bm || (em === bm && ed < bd)) age -= 1;
    if (age < 21) return 'ineligible';
    const a = c.attestations;
    if (a == null) return 'undetermined';
    const h = a.health;
    const d = a.dedication;
    const m = a.moralQuality;
    const f = a.exemplaryFamily;
    const k = a.capacity;
    if (h === false || d === false || m === false || f === false || k === false) return 'ineligible';
    if (pr == null || lives == null || h == null || d == null || m == null || f == null || k == null) return 'undetermined';
    return 'eligible';
  };
}

/**
 * json-rules-engine with the same rules, as its documentation suggests:
 * facts per candidate (flat, so no JSONPath is needed: the friendliest setup
 * for it), age as a dynamic fact computed from `dateOfBirth` and the election
 * date, one rule for "fails a criterion" and one for "a criterion is unknown".
 * One engine is built once and reused for every candidate.
 * @param {string} electionDate
 * @returns {(c: any) => Promise<'eligible' | 'ineligible' | 'undetermined'>}
 */
export function makeJsonRulesEngine(electionDate) {
  const ey = Number(electionDate.slice(0, 4));
  const em = Number(electionDate.slice(5, 7));
  const ed = Number(electionDate.slice(8, 10));
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact('ageOnElectionDate', async (_params, almanac) => {
    const dob = await almanac.factValue('dateOfBirth');
    const bm = Number(dob.slice(5, 7));
    const bd = Number(dob.slice(8, 10));
    let age = ey - Number(dob.slice(0, 4));
    if (em < bm || (em === bm && ed < bd)) age -= 1;
    return age;
  });
  engine.addRule({
    name: 'criterion-not-met',
    priority: 2,
    conditions: {
      any: [
        { fact: 'ageOnElectionDate', operator: 'lessThan', value: 21 },
        { fact: 'permanentResident', operator: 'equal', value: false },
        { fact: 'livesInUnit', operator: 'equal', value: false },
        ...KEYS.map((key) => ({ fact: key, operator: 'equal', value: false })),
      ],
    },
    event: { type: 'ineligible' },
  });
  engine.addRule({
    name: 'criterion-unknown',
    priority: 1,
    conditions: {
      any: [
        { fact: 'permanentResident', operator: 'equal', value: null },
        { fact: 'livesInUnit', operator: 'equal', value: null },
        ...KEYS.map((key) => ({ fact: key, operator: 'equal', value: null })),
      ],
    },
    event: { type: 'undetermined' },
  });
  return async function jsonRules(c) {
    const a = c.attestations ?? {};
    const facts = {
      dateOfBirth: c.dateOfBirth,
      permanentResident: c.permanentResident ?? null,
      livesInUnit: c.livesInUnit ?? null,
      health: a.health ?? null,
      dedication: a.dedication ?? null,
      moralQuality: a.moralQuality ?? null,
      exemplaryFamily: a.exemplaryFamily ?? null,
      capacity: a.capacity ?? null,
    };
    const { events } = await engine.run(facts);
    let unknown = false;
    for (const event of events) {
      if (event.type === 'ineligible') return 'ineligible';
      if (event.type === 'undetermined') unknown = true;
    }
    return unknown ? 'undetermined' : 'eligible';
  };
}
