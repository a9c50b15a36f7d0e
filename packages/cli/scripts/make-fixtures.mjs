// Regenerates the test fixtures with every input quirk, and examples/candidates.xlsx.
// Run after a build: `npm run build -w @truongthon/cli && npm run fixtures -w @truongthon/cli`.
// The outputs are committed; tests read them and never regenerate them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { encodeWindows1258 } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'test', 'fixtures');
const examples = join(here, '..', '..', '..', 'examples');
mkdirSync(fixtures, { recursive: true });

/**
 * The canonical five candidates, election 2021-01-10 in Thừa Thiên Huế:
 * eligible, ineligible (turns 21 the day after), eligible (21 on the day),
 * ineligible (not registered resident), undetermined (health not attested).
 */
const HEADERS = ['Mã', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh', 'Thôn/Tổ dân phố', 'Thường trú', 'Cư trú thường xuyên', 'Đảng viên', 'Bí thư chi bộ', 'Sức khỏe', 'Nhiệt tình', 'Phẩm chất đạo đức', 'Gia đình gương mẫu', 'Năng lực'];
const PEOPLE = [
  { id: 'Q1', name: 'Nguyễn Văn Hùng', dob: [1968, 3, 12], gender: 'Nam', cccd: '046068001234', unit: 'Tổ dân phố 1', resident: 'Có', lives: 'Có', party: 'Có', secretary: 'Có', health: 'x' },
  { id: 'Q2', name: 'Trần Thị Mai', dob: [2000, 1, 11], gender: 'Nữ', cccd: '', unit: 'Tổ dân phố 2', resident: 'Có', lives: 'Có', party: 'Không', secretary: 'Không', health: 'x' },
  { id: 'Q3', name: 'Phạm Thị Hòa', dob: [2000, 1, 10], gender: 'Nữ', cccd: '046300012345', unit: 'Tổ dân phố 3', resident: 'Có', lives: 'Có', party: 'Có', secretary: 'Không', health: 'x' },
  { id: 'Q4', name: 'Lữ Văn Đức', dob: [1982, 7, 20], gender: 'Nam', cccd: '', unit: 'Tổ dân phố 4', resident: 'Không', lives: 'Có', party: 'Có', secretary: 'Không', health: 'x' },
  { id: 'Q5', name: 'Huỳnh Thị Ngọc Ánh', dob: [1979, 11, 3], gender: 'Nữ', cccd: '', unit: 'Tổ dân phố 5', resident: 'Có', lives: 'Có', party: 'Không', secretary: 'Không', health: '' },
];
const pad = (n) => String(n).padStart(2, '0');
const dmy = ([y, m, d]) => `${pad(d)}/${pad(m)}/${y}`;
const iso = ([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`;
/** Excel 1900-system serial of a date (after 1900-03-01): days since 1899-12-30. */
const serial = ([y, m, d]) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

const rowOf = (p, date = dmy) => [p.id, p.name, date(p.dob), p.gender, p.cccd, p.unit, p.resident, p.lives, p.party, p.secretary, p.health, 'x', 'x', 'x', 'x'];
const quote = (cell, sep) => (/["\r\n]/u.test(cell) || cell.includes(sep) ? `"${cell.replace(/"/gu, '""')}"` : cell);
const csv = (rows, sep = ',', eol = '\n') => rows.map((r) => r.map((c) => quote(String(c), sep)).join(sep)).join(eol) + eol;
const base = [HEADERS, ...PEOPLE.map((p) => rowOf(p))];
const write = (name, data) => writeFileSync(join(fixtures, name), data);

// Encodings and normal forms.
write('utf8.csv', csv(base));
write('utf8-bom.csv', `\uFEFF${csv(base)}`);
write('utf16le-tab.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(base, '\t', '\r\n'), 'utf16le')]));
write('utf16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv(base), 'utf16le').swap16()]));
write('windows-1258.csv', encodeWindows1258(csv(base, ',', '\r\n')));
write('nfd.csv', csv(base).normalize('NFD'));
// Separator `;` (Vietnamese-locale Excel), with a quoted cell holding `;` and `,`.
write('semicolon.csv', csv([HEADERS, ...PEOPLE.map((p) => rowOf({ ...p, unit: `${p.unit}; phường Hương Xuân, Hương Trà` }))], ';'));
// Dates as Excel serial numbers in a CSV exported without formats.
write('serial-dates.csv', csv([HEADERS, ...PEOPLE.map((p) => rowOf(p, (d) => String(serial(d))))]));
// Every accepted date spelling.
const spellings = [(d) => `${d[2]}/${d[1]}/${d[0]}`, (d) => `${pad(d[2])}-${pad(d[1])}-${d[0]}`, iso, (d) => `${pad(d[2])}.${pad(d[1])}.${d[0]}`, (d) => `ngày ${d[2]} tháng ${d[1]} năm ${d[0]}`];
write('date-spellings.csv', csv([HEADERS, ...PEOPLE.map((p, i) => rowOf(p, spellings[i]))]));
// Headers folded: upper case, no diacritics, underscores, bracketed notes.
write(
  'headers-folded.csv',
  csv([
    ['MA', 'HO VA TEN', 'ngay_sinh (dd/mm/yyyy)', 'GIOI TINH', 'so dinh danh', 'thon/to dan pho', 'THUONG TRU', 'cu tru thuong xuyen', 'DANG VIEN', 'bi thu chi bo', 'Suc khoe', 'nhiet tinh', 'pham chat dao duc', 'gia dinh guong mau', 'nang luc'],
    ...PEOPLE.map((p) => rowOf(p)),
  ]),
);
// English snake_case headers, ISO dates, true/false.
const tf = (v) => (v === 'Có' || v === 'x' ? 'true' : v === '' ? '' : 'false');
write(
  'english.csv',
  csv([
    ['id', 'full_name', 'date_of_birth', 'gender', 'citizen_id', 'unit_name', 'permanent_resident', 'lives_in_unit', 'party_member', 'party_cell_secretary', 'health', 'dedication', 'moral_quality', 'exemplary_family', 'capacity', 'election_date', 'province'],
    ...PEOPLE.map((p) => [p.id, p.name, iso(p.dob), p.gender === 'Nam' ? 'male' : 'female', p.cccd, p.unit, tf(p.resident), tf(p.lives), tf(p.party), tf(p.secretary), tf(p.health), 'yes', 'yes', 'yes', '1', '2021-01-10', '46']),
  ]),
);
// Title rows above the header (--header-row 3), and blank rows between records.
write('title-rows.csv', csv([['DANH SÁCH NGƯỜI ỨNG CỬ TỔ TRƯỞNG TỔ DÂN PHỐ'], ['Phường Hương Xuân, nhiệm kỳ 2021–2023'], HEADERS, rowOf(PEOPLE[0]), [], rowOf(PEOPLE[1]), ['', '', ''], rowOf(PEOPLE[2])]));
// Header problems.
write('duplicate-header.csv', csv([['Họ và tên', 'Ngày sinh', 'NGÀY SINH'], ['Nguyễn Văn Hùng', '12/03/1968', '12/03/1968']]));
write('duplicate-field.csv', csv([['Họ và tên', 'Ngày sinh', 'Full name'], ['Nguyễn Văn Hùng', '12/03/1968', 'Nguyễn Văn Hùng']]));
write('missing-header.csv', csv([['Họ và tên', 'Đảng viên'], ['Nguyễn Văn Hùng', 'x']]));
write('empty.csv', '');
write('header-only.csv', csv([HEADERS]));
write('unclosed-quote.csv', `${csv([HEADERS, rowOf(PEOPLE[0])])}Q2,"Trần Thị Mai,11/01/2000,Nữ\n`);
write('shifted-row.csv', csv([HEADERS, rowOf(PEOPLE[0]), ['Q2', 'Trần', 'Thị Mai', ...rowOf(PEOPLE[1]).slice(2)]]));

// One row per bad-cell case; each must give one `invalid` record naming its column.
const good = PEOPLE[0];
const bad = [
  ['B01', 'bad yes/no', { resident: 'có lẽ' }],
  ['B02', 'bad date', { dob: 'mười hai tháng ba' }],
  ['B03', 'impossible 31/02', { dob: '31/02/2000' }],
  ['B04', 'impossible 00/00', { dob: '00/00/1980' }],
  ['B05', 'US order 03/31', { dob: '03/31/1980' }],
  ['B06', 'two-digit year', { dob: '12/03/68' }],
  ['B07', 'date with time', { dob: '1968-03-11T17:00:00.000Z' }],
  ['B08', 'year only', { dob: '1968' }],
  ['B09', 'serial 60 (29/02/1900)', { dob: '60' }],
  ['B10', 'bad gender', { gender: 'không rõ' }],
  ['B11', 'citizen id birth year', { cccd: '046070001234' }],
  ['B12', 'citizen id gender', { cccd: '046168001234' }],
  ['B13', 'citizen id format', { cccd: '12345' }],
  ['B14', 'empty name', { name: '' }],
  ['B15', 'overlong name', { name: 'Nguyễn '.repeat(60).trim() }],
  ['B16', 'birth after election', { dob: '01/01/2022', cccd: '' }],
  ['B17', 'bad attestation', { health: 'tốt' }],
  ['B01', 'duplicate id', {}],
  ['B19', 'unknown province in column', { province: 'Tỉnh Không Có' }],
];
const badHeaders = [...HEADERS, 'Tỉnh'];
write(
  'bad-cells.csv',
  csv([
    badHeaders,
    ...bad.map(([id, , o]) => {
      const p = { ...good, id, ...(o.name !== undefined ? { name: o.name } : {}), ...(o.gender ? { gender: o.gender } : {}), ...('cccd' in o ? { cccd: o.cccd } : {}), ...(o.resident ? { resident: o.resident } : {}), ...(o.health ? { health: o.health } : {}) };
      const row = rowOf(p);
      if (o.dob) row[2] = o.dob;
      return [...row, o.province ?? '46'];
    }),
  ]),
);
write('bad-cells.expected.json', `${JSON.stringify(bad.map(([id, what]) => ({ id, what })), null, 2)}\n`);
// Formula injection and markup in names: escaped in CSV/XLSX output, plain text elsewhere.
const evil = ['=cmd|\' /C calc\'!A0', '+SUM(1+1)', '-2+3', '@SUM(1)', '\tTab', '<script>alert(1)</script>', 'Nguyễn\u001b[31mĐỏ'];
write('formula.csv', csv([HEADERS, ...evil.map((name, i) => rowOf({ ...good, id: `F${i + 1}`, name }))]));

// JSON array in the library's own shape, with one broken element, and NDJSON with a broken and a blank line.
const jsonPerson = (p) => ({
  id: p.id,
  fullName: p.name,
  dateOfBirth: iso(p.dob),
  gender: p.gender === 'Nam' ? 'male' : 'female',
  ...(p.cccd ? { citizenId: p.cccd } : {}),
  unitName: p.unit,
  permanentResident: p.resident === 'Có',
  livesInUnit: p.lives === 'Có',
  partyMember: p.party === 'Có',
  partyCellSecretary: p.secretary === 'Có',
  attestations: { health: p.health === 'x' ? true : null, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true },
});
const elements = PEOPLE.map((p) => JSON.stringify(jsonPerson(p)));
write('candidates.json', `[\n  ${[...elements.slice(0, 2), '{"id": "J-BROKEN", "fullName": "Nguyễn Văn Lỗi", "dateOfBirth": }', ...elements.slice(2)].join(',\n  ')}\n]\n`);
write('candidates.ndjson', `${elements.slice(0, 2).join('\n')}\n\n{"id": "N-BROKEN", "fullName": \n${elements.slice(2).join('\n')}\n`);
write('not-array.json', '{"fullName": "Nguyễn Văn Hùng"}\n');

// XLSX: date cells (serials with a date format), a citizen id typed as a number (leading 0 lost),
// real booleans, rich text, a formula with its cached result, a formula error, a second sheet with title rows.
async function xlsxFixture() {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2021, 0, 1));
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADERS);
  PEOPLE.forEach((p, i) => {
    const row = rowOf(p);
    row[2] = new Date(Date.UTC(...[p.dob[0], p.dob[1] - 1, p.dob[2]]));
    if (p.cccd) row[4] = Number(p.cccd);
    if (i === 0) row[1] = { richText: [{ text: 'Nguyễn Văn ', font: { bold: true } }, { text: 'Hùng' }] };
    if (i === 1) row[6] = true;
    if (i === 2) row[0] = { formula: '"Q"&"3"', result: 'Q3' };
    ws.addRow(row);
  });
  ws.getColumn(3).numFmt = 'dd/mm/yyyy';
  const broken = rowOf({ ...PEOPLE[0], id: 'Q6', name: 'Võ Văn Lỗi' });
  broken[8] = { formula: 'NA()', result: { error: '#N/A' } };
  ws.addRow(broken);
  const other = wb.addWorksheet('Khác');
  other.addRow(['DANH SÁCH BỔ SUNG']);
  other.addRow([]);
  other.addRow(HEADERS);
  other.addRow(rowOf(PEOPLE[3]));
  await wb.xlsx.writeFile(join(fixtures, 'candidates.xlsx'));

  const old = new ExcelJS.Workbook();
  old.created = old.modified = new Date(Date.UTC(2021, 0, 1));
  old.properties.date1904 = true;
  const s = old.addWorksheet('1904');
  s.addRow(HEADERS);
  // Serials in the 1904 system: days since 1904-01-01.
  PEOPLE.slice(0, 3).forEach((p) => {
    const row = rowOf(p);
    row[2] = Math.round((Date.UTC(p.dob[0], p.dob[1] - 1, p.dob[2]) - Date.UTC(1904, 0, 1)) / 86400000);
    s.addRow(row);
  });
  await old.xlsx.writeFile(join(fixtures, 'date1904.xlsx'));
  writeFileSync(join(fixtures, 'not-really.xlsx'), csv(base));
}

// examples/candidates.xlsx from examples/candidates.csv: real date cells where the date is readable.
async function exampleXlsx() {
  const rows = parse(readFileSync(join(examples, 'candidates.csv'), 'utf8'), { relax_column_count: true });
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2021, 0, 1));
  const ws = wb.addWorksheet('Danh sách ứng cử');
  const dobCol = rows[0].indexOf('Ngày sinh');
  rows.forEach((row, i) => {
    const cells = [...row];
    const m = i > 0 ? /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/u.exec(cells[dobCol]) ?? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(cells[dobCol]) : null;
    if (m) {
      const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
      const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
      if (date.getUTCDate() === Number(d)) cells[dobCol] = date;
    }
    ws.addRow(cells);
  });
  ws.getRow(1).font = { bold: true };
  ws.getColumn(dobCol + 1).numFmt = 'dd/mm/yyyy';
  ws.columns.forEach((c) => {
    c.width = 16;
  });
  await wb.xlsx.writeFile(join(examples, 'candidates.xlsx'));
}

await xlsxFixture();
await exampleXlsx();
console.log('fixtures written to', fixtures);
