import type { IsoDate } from '../calendar/isoDate';

/**
 * Structure of the 12-digit citizen identity number (số định danh cá nhân /
 * CCCD): 3 digits for the province of birth registration, 1 digit for gender
 * and century of birth, 2 digits for the year of birth, 6 random digits.
 * Gender/century digit: 0/1 → 1900s (male/female), 2/3 → 2000s, 4/5 → 2100s,
 * 6/7 → 2200s, 8/9 → 2300s.
 *
 * Legal basis: Nghị định 137/2015/NĐ-CP Điều 13 sets the 12-digit structure
 * (province-of-birth code, century and gender code, year of birth, random
 * digits) [secondary: read in a legal Q&A summary]; the century/gender digit
 * table is from Thông tư 07/2016/TT-BCA Điều 7, kept by Thông tư
 * 59/2021/TT-BCA [unconfirmed: recalled, not read from the text].
 */
export interface CitizenIdParts {
  readonly provinceCode: string;
  readonly gender: 'male' | 'female';
  readonly birthYear: number;
}

/** Issues {@link checkCitizenId} can report; each is also a catalogue code. */
export type CitizenIdIssue =
  | 'input.citizen-id-format'
  | 'input.citizen-id-province'
  | 'input.citizen-id-birth-year'
  | 'input.citizen-id-gender';

/** Splits a well-formed 12-digit id into its parts, or `undefined` when malformed. */
export function parseCitizenId(id: string): CitizenIdParts | undefined {
  if (!/^\d{12}$/u.test(id)) return undefined;
  const provinceCode = id.slice(0, 3);
  const code = Number(id[3]);
  const century = 1900 + Math.floor(code / 2) * 100;
  return { provinceCode, gender: code % 2 === 0 ? 'male' : 'female', birthYear: century + Number(id.slice(4, 6)) };
}

/**
 * Checks a citizen id's structure and, when given, that its birth-year and
 * gender digits agree with the person's date of birth and gender. Returns the
 * list of problems (empty when none).
 *
 * @example
 * checkCitizenId('046200001234', { dateOfBirth: '2000-01-10', gender: 'male' }) // []
 * checkCitizenId('046300001234', { dateOfBirth: '2000-01-10', gender: 'male' }) // ['input.citizen-id-gender']
 */
export function checkCitizenId(
  id: string,
  person: { readonly dateOfBirth?: IsoDate | undefined; readonly gender?: 'male' | 'female' | null | undefined } = {},
): CitizenIdIssue[] {
  const parts = parseCitizenId(id);
  if (!parts) return ['input.citizen-id-format'];
  const issues: CitizenIdIssue[] = [];
  const province = Number(parts.provinceCode);
  if (province < 1 || province > 96) issues.push('input.citizen-id-province');
  if (person.dateOfBirth && Number(person.dateOfBirth.slice(0, 4)) !== parts.birthYear) issues.push('input.citizen-id-birth-year');
  if (person.gender && person.gender !== parts.gender) issues.push('input.citizen-id-gender');
  return issues;
}

/**
 * A citizen id (số định danh cá nhân / CCCD) without the spaces, dots and
 * dashes people type in it ("046 200 001 234", "046.200.001.234"); nothing
 * else is changed, so what is left is checked as it is.
 *
 * @example
 * compactCitizenId('046 200-001.234') // '046200001234'
 */
export function compactCitizenId(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return id.replace(CITIZEN_ID_SEPARATORS, '');
  }
  return id;
}

const CITIZEN_ID_SEPARATORS = /[\s.-]/gu;

/**
 * Masks a citizen id for display and logs: the first 3 and last 2 digits stay
 * visible, so staff can tell rows apart without the number being readable.
 * Anything that is not 12 digits is masked whole.
 *
 * @example
 * maskCitizenId('046200001234') // '046*******34'
 */
export function maskCitizenId(id: string): string {
  if (!/^\d{12}$/u.test(id)) return '*'.repeat(Math.min(id.length, 12));
  return `${id.slice(0, 3)}*******${id.slice(10)}`;
}
