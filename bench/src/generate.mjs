/**
 * Seeded generators of realistic inputs: candidates (as objects and as CSV
 * rows) and unit records for the secretary-also-leader report. Same seed, same
 * data, on every machine.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRng } from './prng.mjs';

/** Default seed ("truo"). */
export const SEED = 0x7472756f;

/**
 * The election every generated candidate is checked for: Hương Xuân
 * (Thừa Thiên Huế, code 46), 10/01/2021, the seed case of the domain sheet.
 * A person born on 2000-01-10 is 21 on that day.
 */
export const ELECTION = Object.freeze({ electionDate: '2021-01-10', province: '46' });
const BOUNDARY_BIRTHDAY = '2000-01-10';

const FAMILY = /** @type {const} */ ([
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 3], ['Võ', 2],
  ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Trương', 0.8], ['Đinh', 0.7],
  ['Lâm', 0.5], ['Tôn Nữ', 0.2], ['Mai', 0.4], ['Cao', 0.4], ['Lương', 0.4],
]);
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quốc', 'Xuân', 'Công', 'Thanh', 'Ngọc', 'Đình', 'Quang', 'Trọng', 'Anh', 'Bá'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Hồng', 'Phương', 'Bích', 'Diệu', 'Thùy', 'Minh'];
const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Long', 'Lộc', 'Minh', 'Nam',
  'Nghĩa', 'Phúc', 'Quân', 'Quý', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ',
];
const GIVEN_FEMALE = [
  'Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan',
  'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Xuân', 'Yến',
];
const UNIT_NAMES = ['Thôn', 'Tổ dân phố', 'Làng', 'Khu phố', 'Bản', 'Ấp', 'Buôn'];
const UNIT_SUFFIX = ['Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ', 'Phú Xuân', 'An Hòa', 'Hương Sơ', 'Thanh Lương', 'Giáp Tây', 'Bình Điền'];
/** Province codes of birth registration used in generated citizen ids (all in 001..096). */
const BIRTH_PROVINCES = ['001', '022', '026', '031', '038', '040', '042', '044', '045', '046', '048', '049', '051', '052', '062', '064', '066', '075', '079', '092'];
const ATTESTATIONS = ['health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity'];

const DAY_MS = 86_400_000;
const boundaryMs = Date.parse(`${BOUNDARY_BIRTHDAY}T00:00:00Z`);

/** @param {number} ms */
function isoOf(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** @param {ReturnType<typeof createRng>} rng @param {number} from @param {number} to inclusive years */
function dateInYears(rng, from, to) {
  const start = Date.UTC(from, 0, 1);
  const end = Date.UTC(to, 11, 31);
  return isoOf(start + rng.int((end - start) / DAY_MS + 1) * DAY_MS);
}

/** @param {ReturnType<typeof createRng>} rng */
function dateOfBirth(rng) {
  const r = rng.next();
  // 30 %: within ±60 days of the 21st birthday on the election date (incl. the day itself and the day after).
  if (r < 0.3) return isoOf(boundaryMs + (rng.int(121) - 60) * DAY_MS);
  // 2 %: 29 February birthdays (leap years 1956..2000).
  if (r < 0.32) return `${1956 + 4 * rng.int(12)}-02-29`;
  // 8 %: clearly under 21 (born 2000..2004).
  if (r < 0.4) return dateInYears(rng, 2000, 2004);
  // 60 %: adults born 1950..1999.
  return dateInYears(rng, 1950, 1999);
}

/** A flag that is mostly `yes`, sometimes `no`, sometimes unknown (null or absent). */
function flag(rng, pYes, pNo) {
  const r = rng.next();
  if (r < pYes) return true;
  if (r < pYes + pNo) return false;
  return r < pYes + pNo + (1 - pYes - pNo) / 2 ? null : undefined;
}

/**
 * One realistic candidate, as a provincial spreadsheet row turned into input:
 * Vietnamese names (some in NFD, some with stray spaces), dates of birth
 * clustered around the 21-year boundary, valid citizen ids agreeing with the
 * date of birth and gender, some non-residents, some non-Party members, some
 * missing attestations. Every candidate parses (the verdict is never `invalid`).
 *
 * @param {ReturnType<typeof createRng>} rng
 * @param {number} index
 */
function candidate(rng, index) {
  const female = rng.chance(0.42);
  const family = rng.weighted(FAMILY);
  const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  let fullName = rng.chance(0.25) ? `${family} ${middle} ${rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)} ${given}` : `${family} ${middle} ${given}`;
  if (rng.chance(0.05)) fullName = fullName.normalize('NFD'); // legacy spreadsheets / macOS
  if (rng.chance(0.03)) fullName = ` ${fullName.replace(' ', '  ')} `;
  const dob = dateOfBirth(rng);
  const gender = female ? 'female' : 'male';
  /** @type {Record<string, unknown>} */
  const c = { id: `UV-${String(index + 1).padStart(7, '0')}`, fullName, dateOfBirth: dob };
  if (rng.chance(0.85)) c.gender = gender;
  if (rng.chance(0.6)) {
    const year = Number(dob.slice(0, 4));
    const centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
    const id = `${rng.pick(BIRTH_PROVINCES)}${centuryDigit}${String(year % 100).padStart(2, '0')}${String(rng.int(1_000_000)).padStart(6, '0')}`;
    c.citizenId = rng.chance(0.1) ? `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}` : id;
  }
  if (rng.chance(0.2)) c.role = 'deputy';
  else if (rng.chance(0.3)) c.role = 'leader';
  const unitNo = rng.int(40) + 1;
  c.unitCode = String(19_900_000 + unitNo * 10 + rng.int(10)).slice(0, 8);
  c.unitName = rng.chance(0.5) ? `${rng.pick(UNIT_NAMES)} ${unitNo}` : `${rng.pick(UNIT_NAMES)} ${rng.pick(UNIT_SUFFIX)}`;
  setFlag(c, 'permanentResident', flag(rng, 0.88, 0.07));
  setFlag(c, 'livesInUnit', flag(rng, 0.9, 0.06));
  const member = flag(rng, 0.55, 0.35);
  setFlag(c, 'partyMember', member);
  setFlag(c, 'partyCellSecretary', member === true ? flag(rng, 0.4, 0.55) : member === false ? false : undefined);
  const shape = rng.next();
  if (shape < 0.7) {
    c.attestations = Object.fromEntries(ATTESTATIONS.map((k) => [k, true]));
  } else if (shape < 0.85) {
    // one to three not yet assessed (null or absent)
    const a = Object.fromEntries(ATTESTATIONS.map((k) => [k, true]));
    for (let n = 1 + rng.int(3); n > 0; n--) {
      const k = rng.pick(ATTESTATIONS);
      if (rng.chance(0.5)) a[k] = null;
      else delete a[k];
    }
    c.attestations = a;
  } else if (shape < 0.93) {
    // one attested not to hold, sometimes with others missing
    const a = Object.fromEntries(ATTESTATIONS.map((k) => [k, true]));
    a[rng.pick(ATTESTATIONS)] = false;
    if (rng.chance(0.3)) a[rng.pick(ATTESTATIONS)] = null;
    c.attestations = a;
  } else if (shape < 0.97) {
    c.attestations = null;
  } // else: no attestations at all
  return c;
}

/** @param {Record<string, unknown>} c @param {string} key @param {boolean | null | undefined} value */
function setFlag(c, key, value) {
  if (value !== undefined) c[key] = value;
}

/**
 * `n` candidates from `seed`.
 * @param {number} n
 * @param {number} [seed]
 * @returns {Record<string, unknown>[]}
 */
export function generateCandidates(n, seed = SEED) {
  const rng = createRng(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = candidate(rng, i);
  return out;
}

/**
 * CSV columns, English snake_case (issue 4: the CLI also takes the usual
 * Vietnamese headers). Hook: if the CLI names a column differently, change it here.
 */
export const CSV_COLUMNS = /** @type {const} */ ([
  ['id', 'id'],
  ['full_name', 'fullName'],
  ['date_of_birth', 'dateOfBirth'],
  ['gender', 'gender'],
  ['citizen_id', 'citizenId'],
  ['role', 'role'],
  ['unit_code', 'unitCode'],
  ['unit_name', 'unitName'],
  ['permanent_resident', 'permanentResident'],
  ['lives_in_unit', 'livesInUnit'],
  ['party_member', 'partyMember'],
  ['party_cell_secretary', 'partyCellSecretary'],
  ['health', 'attestations.health'],
  ['dedication', 'attestations.dedication'],
  ['moral_quality', 'attestations.moralQuality'],
  ['exemplary_family', 'attestations.exemplaryFamily'],
  ['capacity', 'attestations.capacity'],
]);

/** @param {unknown} v */
function cell(v) {
  if (v === true) return 'yes';
  if (v === false) return 'no';
  if (v == null) return '';
  const s = String(v);
  return /[",\n\r]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** @param {Record<string, any>} c */
export function csvRow(c) {
  let line = '';
  for (let i = 0; i < CSV_COLUMNS.length; i++) {
    const path = CSV_COLUMNS[i][1];
    const v = path.startsWith('attestations.') ? c.attestations?.[path.slice(13)] : c[path];
    line += (i === 0 ? '' : ',') + cell(v);
  }
  return line;
}

/**
 * Writes `n` generated candidates as a UTF-8 CSV (with BOM, as Excel saves it),
 * streaming, and returns the verdict-relevant facts' checksum-free row count.
 * @param {string} file
 * @param {number} n
 * @param {number} [seed]
 */
export async function writeCandidatesCsv(file, n, seed = SEED) {
  const rng = createRng(seed);
  const out = createWriteStream(file);
  let buffer = `\uFEFF${CSV_COLUMNS.map(([h]) => h).join(',')}\n`;
  for (let i = 0; i < n; i++) {
    buffer += `${csvRow(candidate(rng, i))}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return n;
}

const COMMUNE_NAMES = ['Hương Xuân', 'Hương Chữ', 'Hương Vân', 'Tứ Hạ', 'Hương Toàn', 'Hương Văn', 'Bình Tiến', 'Hương Bình', 'Ngọk Bay', 'Đăk Cấm', 'Vinh Quang', 'Hòa Bình'];

/**
 * `n` unit records for the secretary-also-leader report (issue 3): one per
 * thôn / tổ dân phố, ~25 units per commune, ~20 communes per district, with
 * leader status and Party facts in realistic proportions. The shape follows
 * issue 3's list of fields; `report.mjs` adapts it to the report API.
 * @param {number} n
 * @param {number} [seed]
 */
export function generateUnits(n, seed = SEED ^ 0x5eed) {
  const rng = createRng(seed);
  const out = new Array(n);
  const provinces = [['46', 'Thừa Thiên Huế'], ['62', 'Kon Tum'], ['38', 'Thanh Hóa'], ['40', 'Nghệ An'], ['01', 'Hà Nội']];
  for (let i = 0; i < n; i++) {
    const communeIndex = Math.floor(i / 25);
    const districtIndex = Math.floor(communeIndex / 20);
    const [pCode, pName] = provinces[Math.floor(districtIndex / 12) % provinces.length];
    const dCode = String(100 + (districtIndex % 900)).padStart(3, '0');
    const cCode = String(10_000 + communeIndex).padStart(5, '0');
    const leaderStatus = rng.weighted([['elected', 90], ['interim', 6], ['vacant', 4]]);
    const hasPartyCell = rng.chance(0.93);
    const leaderPartyMember = leaderStatus === 'vacant' ? null : rng.chance(hasPartyCell ? 0.72 : 0.25);
    const leaderIsPartyCellSecretary = leaderStatus === 'vacant' || !hasPartyCell || !leaderPartyMember ? false : rng.chance(0.55);
    out[i] = {
      province: { code: pCode, name: pName },
      district: { code: dCode, name: `Huyện ${dCode}` },
      commune: { code: cCode, name: `Xã ${rng.pick(COMMUNE_NAMES)} ${communeIndex}` },
      unit: { code: `${cCode}${String(i % 25).padStart(3, '0')}`, name: `${rng.pick(UNIT_NAMES)} ${(i % 25) + 1}`, kind: rng.chance(0.7) ? 'thon' : 'to_dan_pho' },
      leaderStatus,
      hasPartyCell,
      leaderPartyMember,
      leaderIsPartyCellSecretary,
    };
  }
  return out;
}
