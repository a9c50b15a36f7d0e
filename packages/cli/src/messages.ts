/**
 * The CLI's own messages (file, header, cell and usage errors; labels of the
 * human-readable outputs), keyed by stable codes, in Vietnamese (default) and
 * English. Findings and input issues of the library are rendered by
 * `@truongthon/rules` (`formatMessage`); only what the CLI itself detects is
 * here. A test checks both languages have every code with the same
 * placeholders.
 */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

type Catalogue = Readonly<Record<string, string>>;

const vi = {
  // Files
  'cli.file-not-found': 'Không tìm thấy tệp "{file}".',
  'cli.file-unreadable': 'Không đọc được tệp "{file}" ({reason}).',
  'cli.file-empty': 'Tệp "{file}" không có dòng tiêu đề (tệp rỗng).',
  'cli.unknown-input-format': 'Không nhận ra định dạng của tệp "{file}": dùng đuôi .csv, .xlsx, .json, .ndjson hoặc tùy chọn --input-format.',
  'cli.unknown-encoding': 'Bảng mã "{encoding}" không được hỗ trợ (dùng: utf-8, utf-16le, utf-16be, windows-1258).',
  'cli.xlsx-unreadable': 'Không đọc được tệp Excel "{file}" (tệp hỏng hoặc không phải .xlsx; tệp .xls cũ cần lưu lại thành .xlsx).',
  'cli.sheet-not-found': 'Không có trang tính "{sheet}" trong tệp (có: {available}).',
  'cli.no-sheet': 'Tệp Excel không có trang tính nào.',
  'cli.same-file': 'Tệp kết quả (--out) trùng với tệp dữ liệu vào.',
  'cli.binary-to-terminal': 'Định dạng xlsx không in ra màn hình được: dùng --out TỆP.xlsx.',
  // Headers
  'cli.header-missing': 'Thiếu cột bắt buộc «{column}» (tên cột chấp nhận, ví dụ: {accepted}).',
  'cli.header-duplicate': 'Cột «{column}» xuất hiện hai lần (cột {first} và cột {second}).',
  'cli.header-duplicate-field': 'Hai cột cùng chỉ một thông tin «{field}»: «{first}» và «{second}».',
  'cli.header-encoding': 'Dòng tiêu đề có ký tự không đọc được: có thể tệp dùng bảng mã khác, thử --encoding windows-1258 hoặc --encoding utf-16le.',
  'cli.header-row-missing': 'Tệp không có dòng tiêu đề ở dòng {row}.',
  'cli.columns-ignored': 'Bỏ qua các cột không nhận diện được: {columns}.',
  'cli.columns-absent': 'Không có cột cho: {fields}. Các dòng thiếu thông tin này sẽ ở trạng thái «Chưa xác định».',
  // Cells
  'cli.bad-boolean': 'Cột «{column}»: giá trị không phải có/không (chấp nhận: có, không, x, 1, 0, đúng, sai, yes, no, true, false; để trống nếu chưa biết).',
  'cli.bad-date': 'Cột «{column}»: không đọc được ngày (chấp nhận: dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, YYYY-MM-DD, hoặc ô ngày của Excel).',
  'cli.impossible-date': 'Cột «{column}»: ngày không có thật (ngày phải viết theo thứ tự ngày/tháng/năm).',
  'cli.date-with-time': 'Cột «{column}»: ngày có kèm giờ hoặc múi giờ; chỉ ghi ngày để tránh lệch một ngày.',
  'cli.date-year-only': 'Cột «{column}»: chỉ có năm, thiếu ngày và tháng.',
  'cli.date-two-digit-year': 'Cột «{column}»: năm phải ghi đủ 4 chữ số.',
  'cli.bad-serial': 'Cột «{column}»: số ngày của Excel nằm ngoài phạm vi hoặc rơi vào ngày 29/02/1900 không có thật.',
  'cli.bad-gender': 'Cột «{column}»: giới tính phải là Nam hoặc Nữ.',
  'cli.bad-role': 'Cột «{column}»: chức danh phải là Trưởng thôn/Tổ trưởng hoặc Phó.',
  'cli.bad-text': 'Cột «{column}»: cần một chuỗi ký tự.',
  'cli.bad-count': 'Cột «{column}»: cần một số nguyên không âm.',
  'cli.bad-choice': 'Cột «{column}»: giá trị không thuộc danh sách cho phép.',
  'cli.meeting-conflict': 'Cột «{column}»: khác với dòng đầu của cùng biên bản (dòng {firstRow}).',
  'cli.meeting-empty': 'Dòng không có người ứng cử cũng không có số phiếu biểu quyết.',
  'cli.bad-encoding-cell': 'Cột «{column}»: có ký tự không đọc được (sai bảng mã?).',
  'cli.cell-error': 'Cột «{column}»: ô Excel chứa lỗi công thức.',
  'cli.extra-cells': 'Dòng có {count} ô thừa ngoài các cột có tiêu đề.',
  'cli.row-other-separator': 'Cả dòng nằm trong một ô: các ô của dòng này có vẻ được ngăn cách bằng «{separator}», còn tệp dùng «{delimiter}». Dòng không được đọc; hãy lưu lại tệp với cùng một dấu ngăn cách.',
  'cli.duplicate-id': 'Cột «{column}»: mã trùng với dòng {firstRow}.',
  'cli.province-not-found': 'Cột «{column}»: không có tỉnh/thành phố "{province}" vào ngày lập báo cáo (mã tỉnh thay đổi từ 01/07/2025).',
  'cli.duplicate-check-limited': 'Chỉ kiểm tra trùng mã trong {limit} mã đầu tiên (giới hạn bộ nhớ).',
  'cli.context-conflict': 'Cột «{column}» khác với giá trị của tùy chọn {option}.',
  'cli.csv-syntax': 'Lỗi cú pháp CSV ({reason}); không đọc tiếp được phần còn lại của tệp.',
  'cli.record-too-large': 'Dòng quá dài (có thể do dấu ngoặc kép không đóng); không đọc tiếp được phần còn lại của tệp.',
  'cli.json-syntax': 'Lỗi cú pháp JSON trong phần tử này.',
  'cli.json-not-object': 'Phần tử JSON không phải là một đối tượng {...}.',
  'cli.json-not-array': 'Tệp JSON phải là một mảng [...] các đối tượng (hoặc dùng NDJSON: mỗi dòng một đối tượng).',
  'cli.json-unterminated': 'Mảng JSON không được đóng (thiếu dấu ]): tệp có thể bị cắt cụt, phần sau chỗ này không đọc được.',
  // Options and usage
  'cli.option-date': 'Tùy chọn {option}: cần một ngày có thật dạng YYYY-MM-DD.',
  'cli.option-value': 'Tùy chọn {option}: giá trị không hợp lệ (chấp nhận: {allowed}).',
  'cli.option-integer': 'Tùy chọn {option}: cần một số nguyên dương.',
  'cli.unknown-province': 'Không tìm thấy tỉnh/thành phố "{province}" vào ngày {date}.',
  'cli.election-date-missing': 'Thiếu ngày bầu cử: dùng --election-date YYYY-MM-DD hoặc thêm cột «Ngày bầu cử».',
  'cli.unknown-schema': 'Không có lược đồ "{name}" (có: {available}).',
  'cli.schema-not-yet-available': 'Lược đồ "{name}" chưa có trong thư viện (có: {available}).',
  'cli.usage.unknown-option': 'Tùy chọn không hợp lệ: {option}.',
  'cli.usage.unknown-command': 'Lệnh không hợp lệ: {command}.',
  'cli.usage.missing-argument': 'Thiếu đối số: {argument}.',
  'cli.usage.option-missing-argument': 'Tùy chọn {option} cần một giá trị.',
  'cli.usage.excess-arguments': 'Thừa đối số.',
  'cli.usage.missing-option': 'Thiếu tùy chọn bắt buộc {option}.',
  'cli.usage.other': 'Lỗi cú pháp lệnh: {reason}.',
  'cli.usage.hint': 'Xem: truongthon {command} --help',
  'cli.internal-error': 'Lỗi không mong đợi: {reason}. Xin báo lỗi kèm lệnh đã chạy (không gửi dữ liệu cá nhân).',
  'cli.output-error': 'Không ghi được kết quả ({reason}).',
  // Outputs
  'out.row': 'Dòng',
  'out.id': 'Mã',
  'out.fullName': 'Họ và tên',
  'out.citizenId': 'Số định danh (đã che)',
  'out.verdict': 'Kết luận',
  'out.verdict-code': 'Mã kết luận',
  'out.findings': 'Nhận xét',
  'out.codes': 'Mã nhận xét',
  'out.citations': 'Căn cứ',
  'out.missing': 'Còn thiếu',
  'out.issues': 'Lỗi dữ liệu',
  'out.regime': 'Giai đoạn pháp lý',
  'out.term': 'Nhiệm kỳ',
  'out.province': 'Tỉnh',
  'out.kind.legal': 'pháp lý',
  'out.kind.policy': 'khuyến nghị',
  'out.column': 'cột',
  'out.missing-list': 'Còn thiếu: {fields}.',
  'out.summary': 'Tổng cộng {total} dòng: {counts}.',
  'out.summary-context': 'Giai đoạn pháp lý {regime}; nhiệm kỳ {term}.',
  'out.no-term': 'chưa xác định',
  'out.progress': 'Đang kiểm tra |{bar}| {percentage}% · {rows} dòng',
  'out.sheet-title': 'Kết quả kiểm tra',
  // term / rules
  'term.title': 'Nhiệm kỳ {label} ({province})',
  'term.period': 'Từ {start} đến hết {end} ({years} năm).',
  'term.basis.declared': 'Theo dữ liệu nhiệm kỳ của tỉnh.',
  'term.basis.projected': 'Tính tiếp từ nhiệm kỳ gần nhất có dữ liệu (ngày bầu cử thực tế có thể khác).',
  'term.basis.from-election': 'Tính từ ngày bầu cử.',
  'term.extended': 'Được kéo dài đến {until}.',
  'term.extended-open': 'Được kéo dài đến khi có quy định mới.',
  'term.citations': 'Căn cứ: {citations}',
  'rules.title': 'Các quy tắc áp dụng{when}: {count}',
  'rules.on': ' ngày {date}',
  'rules.valid': 'hiệu lực {from} → {to}',
  'rules.open': 'nay',
  'rules.confidence.confirmed': 'đã đối chiếu văn bản',
  'rules.confidence.secondary': 'theo nguồn thứ cấp',
  'rules.confidence.unconfirmed': 'chưa kiểm chứng',
  'rules.province': 'Tỉnh {province}: độ dài nhiệm kỳ {years} năm ({citations}).',
  'rules.province-unknown-length': 'Tỉnh {province}: chưa có dữ liệu độ dài nhiệm kỳ vào ngày {date}.',
  // tally / timeline / report
  'out.rows': 'Dòng {first}–{last}',
  'out.quorum': 'Tham dự {present}/{total} ({percent}%; cần trên {required}%)',
  'out.candidate-votes': '{name}: {votes} phiếu ({percent}% tổng số cử tri / hộ)',
  'out.motion-votes': 'Tán thành: {votes} phiếu ({percent}% tổng số cử tri / hộ)',
  'out.step': '{label}: {date} ({basis})',
  'out.step-condition.no-winner': 'nếu không có người trúng cử',
  'out.step-condition.rerun-failed': 'nếu bầu lại vẫn không có người trúng cử',
  'out.step-condition.motion-carried': 'nếu được thông qua',
  'out.no-date': 'chưa xác định',
  'out.tally-summary': 'Tổng cộng {total} biên bản: {counts}.',
  'out.timeline-title': 'Các mốc bầu cử cho hội nghị ngày {date}',
  'out.outcome': 'Kết quả',
  'out.winner': 'Người trúng cử',
  'out.percent': 'Tỷ lệ (%)',
  'out.deadlines': 'Thời hạn',
  'out.unit': 'Thôn, tổ dân phố',
  'out.report-sheet': 'Bí thư kiêm trưởng thôn',
  'out.report-level': 'Cấp',
  'out.report-code': 'Mã',
  'out.report-name': 'Đơn vị',
  'out.report-summary': '{records} bản ghi: {counted} được tính, {rejected} không được tính.',
  'out.report-deadline': 'Hạn báo cáo: {who}, chậm nhất ngày {due}{passed}.',
  'out.report-deadline-passed': ' (đã qua)',
  'help.opt.as-of': 'ngày lập báo cáo YYYY-MM-DD (mặc định: hôm nay theo giờ Việt Nam)',
  'help.opt.received-on': 'ngày UBND cấp xã nhận kết quả YYYY-MM-DD (mặc định: ngày họp)',
  'help.opt.province-default': 'tỉnh (mã hoặc tên) cho các biên bản không ghi tỉnh',
  'help.opt.format-report': 'định dạng kết quả: table, json, csv, xlsx (mặc định: table khi in ra màn hình, json khi chuyển tiếp)',
  // Help
  'help.program': 'Kiểm tra điều kiện ứng cử Trưởng thôn, Tổ trưởng tổ dân phố theo pháp luật Việt Nam, trên các tệp CSV/XLSX/JSON.',
  'help.usage': 'Cách dùng:',
  'help.options': 'Tùy chọn:',
  'help.commands': 'Lệnh:',
  'help.arguments': 'Đối số:',
  'help.global-options': 'Tùy chọn chung:',
  'help.help': 'hiện hướng dẫn',
  'help.help-command': 'hiện hướng dẫn của một lệnh',
  'help.version': 'hiện số phiên bản',
  'help.examples': 'Ví dụ / Examples:',
  'help.exit-codes': 'Mã thoát: 0 tất cả đủ điều kiện/hợp lệ; 1 có dòng không đủ điều kiện, chưa xác định hoặc dữ liệu lỗi; 2 lỗi cú pháp lệnh hoặc không đọc được tệp.',
  'help.check': 'kiểm tra từng ứng cử viên trong tệp (mỗi dòng một kết luận)',
  'help.check.file': 'tệp danh sách (.csv, .xlsx, .json, .ndjson)',
  'help.tally.file': 'tệp biên bản họp: mỗi dòng một người ứng cử (.csv, .xlsx) hoặc mỗi phần tử một biên bản (.json, .ndjson)',
  'help.report.file': 'tệp các thôn, tổ dân phố: mỗi dòng một đơn vị (.csv, .xlsx, .json, .ndjson)',
  'help.term': 'nhiệm kỳ của một tỉnh vào một ngày',
  'help.rules': 'các quy tắc (kèm căn cứ pháp lý) áp dụng vào một ngày',
  'help.schema': 'in JSON Schema của một loại dữ liệu vào (candidate, unit, context, meeting)',
  'help.schema.name': 'tên lược đồ',
  'help.tally': 'kiểm phiếu: biên bản họp → kết quả từng thôn, tổ dân phố, kèm thời hạn',
  'help.timeline': 'các mốc thời gian của cuộc bầu cử tính từ ngày họp',
  'help.report': 'báo cáo bí thư chi bộ kiêm trưởng thôn theo xã/huyện/tỉnh',
  'help.opt.election-date': 'ngày bầu cử YYYY-MM-DD (hoặc lấy từ cột «Ngày bầu cử»)',
  'help.opt.province': 'mã hoặc tên tỉnh, ví dụ 46 hoặc "Thừa Thiên Huế" (hoặc lấy từ cột «Tỉnh»)',
  'help.opt.lang': 'ngôn ngữ: vi (mặc định) hoặc en',
  'help.opt.format': 'định dạng kết quả: table, json, ndjson, csv, xlsx (mặc định: table khi in ra màn hình, json khi chuyển tiếp; theo đuôi của --out nếu có)',
  'help.opt.format-simple': 'định dạng kết quả: table hoặc json (mặc định: table khi in ra màn hình, json khi chuyển tiếp)',
  'help.opt.out': 'ghi kết quả vào tệp thay vì màn hình',
  'help.opt.encoding': 'bảng mã của tệp CSV: utf-8 (mặc định; UTF-8/UTF-16 có BOM được tự nhận), utf-16le, utf-16be, windows-1258',
  'help.opt.sheet': 'trang tính Excel (tên hoặc số thứ tự; mặc định trang đầu)',
  'help.opt.header-row': 'số thứ tự dòng tiêu đề (mặc định 1)',
  'help.opt.input-format': 'định dạng tệp vào khi đuôi tệp không rõ: csv, xlsx, json, ndjson',
  'help.opt.today': 'ngày hôm nay YYYY-MM-DD, để phát hiện ngày sinh ở tương lai (mặc định: ngày hiện tại theo giờ Việt Nam)',
  'help.opt.quiet': 'không in tiến độ, thông báo và tổng kết ra stderr',
  'help.opt.no-bom': 'không ghi BOM ở đầu tệp CSV kết quả (mặc định có BOM để Excel đọc đúng tiếng Việt)',
  'help.opt.date': 'ngày YYYY-MM-DD',
  'help.opt.date-optional': 'chỉ các quy tắc có hiệu lực vào ngày này (YYYY-MM-DD)',
  'help.opt.province-rules': 'mã hoặc tên tỉnh: thêm tham số riêng của tỉnh (cần --date)',
  'help.opt.meeting-date': 'ngày họp bầu cử YYYY-MM-DD',
} as const satisfies Catalogue;

export type CliMessageCode = keyof typeof vi;

const en: Record<CliMessageCode, string> = {
  'cli.file-not-found': 'File "{file}" not found.',
  'cli.file-unreadable': 'Cannot read file "{file}" ({reason}).',
  'cli.file-empty': 'File "{file}" has no header row (empty file).',
  'cli.unknown-input-format': 'Unknown format of file "{file}": use a .csv, .xlsx, .json or .ndjson extension, or --input-format.',
  'cli.unknown-encoding': 'Encoding "{encoding}" is not supported (use utf-8, utf-16le, utf-16be, windows-1258).',
  'cli.xlsx-unreadable': 'Cannot read Excel file "{file}" (damaged or not .xlsx; save old .xls files as .xlsx).',
  'cli.sheet-not-found': 'No sheet "{sheet}" in the file (sheets: {available}).',
  'cli.no-sheet': 'The Excel file has no sheet.',
  'cli.same-file': 'The output file (--out) is the input file.',
  'cli.binary-to-terminal': 'The xlsx format cannot be printed to a terminal: use --out FILE.xlsx.',
  'cli.header-missing': 'Required column «{column}» is missing (accepted names include: {accepted}).',
  'cli.header-duplicate': 'Column «{column}» appears twice (columns {first} and {second}).',
  'cli.header-duplicate-field': 'Two columns give the same information «{field}»: «{first}» and «{second}».',
  'cli.header-encoding': 'The header row has unreadable characters: the file may use another encoding; try --encoding windows-1258 or --encoding utf-16le.',
  'cli.header-row-missing': 'The file has no header at row {row}.',
  'cli.columns-ignored': 'Ignoring unrecognised columns: {columns}.',
  'cli.columns-absent': 'No column for: {fields}. Rows lacking this information will be «Undetermined».',
  'cli.bad-boolean': 'Column «{column}»: not a yes/no value (accepted: có, không, x, 1, 0, đúng, sai, yes, no, true, false; leave empty when unknown).',
  'cli.bad-date': 'Column «{column}»: not a date (accepted: dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, YYYY-MM-DD, or an Excel date cell).',
  'cli.impossible-date': 'Column «{column}»: no such day (dates are read day/month/year).',
  'cli.date-with-time': 'Column «{column}»: the date carries a time or time zone; write the date only, so it cannot shift by a day.',
  'cli.date-year-only': 'Column «{column}»: only a year, no day and month.',
  'cli.date-two-digit-year': 'Column «{column}»: write the year with 4 digits.',
  'cli.bad-serial': 'Column «{column}»: the Excel day number is out of range or falls on the non-existent 29/02/1900.',
  'cli.bad-gender': 'Column «{column}»: gender must be Nam (male) or Nữ (female).',
  'cli.bad-role': 'Column «{column}»: the post must be leader (Trưởng thôn/Tổ trưởng) or deputy (Phó).',
  'cli.bad-text': 'Column «{column}»: text expected.',
  'cli.bad-count': 'Column «{column}»: a whole number, 0 or more, is required.',
  'cli.bad-choice': 'Column «{column}»: not one of the accepted values.',
  'cli.meeting-conflict': 'Column «{column}»: differs from the first row of the same record (row {firstRow}).',
  'cli.meeting-empty': 'The row has neither a candidate nor a motion vote.',
  'cli.bad-encoding-cell': 'Column «{column}»: unreadable characters (wrong encoding?).',
  'cli.cell-error': 'Column «{column}»: the Excel cell holds a formula error.',
  'cli.extra-cells': 'The row has {count} cells beyond the headed columns.',
  'cli.row-other-separator': 'The whole row is in one cell: its cells seem to be separated by «{separator}» while the file uses «{delimiter}». The row is not read; save the file again with one separator throughout.',
  'cli.duplicate-id': 'Column «{column}»: same id as row {firstRow}.',
  'cli.province-not-found': 'Column «{column}»: no province "{province}" on the report date (province codes changed on 2025-07-01).',
  'cli.duplicate-check-limited': 'Duplicate ids were checked among the first {limit} ids only (memory limit).',
  'cli.context-conflict': 'Column «{column}» differs from option {option}.',
  'cli.csv-syntax': 'CSV syntax error ({reason}); the rest of the file cannot be read.',
  'cli.record-too-large': 'Row too long (an unclosed quote?); the rest of the file cannot be read.',
  'cli.json-syntax': 'JSON syntax error in this element.',
  'cli.json-not-object': 'The JSON element is not an object {...}.',
  'cli.json-not-array': 'A JSON file must be an array [...] of objects (or use NDJSON: one object per line).',
  'cli.json-unterminated': 'The JSON array is not closed (no ]): the file may be truncated; nothing after this point can be read.',
  'cli.option-date': 'Option {option}: a real date written YYYY-MM-DD is required.',
  'cli.option-value': 'Option {option}: invalid value (accepted: {allowed}).',
  'cli.option-integer': 'Option {option}: a positive whole number is required.',
  'cli.unknown-province': 'No province "{province}" on {date}.',
  'cli.election-date-missing': 'No election date: use --election-date YYYY-MM-DD or add an «election_date» column.',
  'cli.unknown-schema': 'No schema "{name}" (available: {available}).',
  'cli.schema-not-yet-available': 'Schema "{name}" is not yet in the library (available: {available}).',
  'cli.usage.unknown-option': 'Unknown option: {option}.',
  'cli.usage.unknown-command': 'Unknown command: {command}.',
  'cli.usage.missing-argument': 'Missing argument: {argument}.',
  'cli.usage.option-missing-argument': 'Option {option} needs a value.',
  'cli.usage.excess-arguments': 'Too many arguments.',
  'cli.usage.missing-option': 'Required option {option} is missing.',
  'cli.usage.other': 'Command-line error: {reason}.',
  'cli.usage.hint': 'See: truongthon {command} --help',
  'cli.internal-error': 'Unexpected error: {reason}. Please report it with the command you ran (no personal data).',
  'cli.output-error': 'Cannot write the output ({reason}).',
  'out.row': 'Row',
  'out.id': 'Id',
  'out.fullName': 'Full name',
  'out.citizenId': 'Citizen id (masked)',
  'out.verdict': 'Verdict',
  'out.verdict-code': 'Verdict code',
  'out.findings': 'Findings',
  'out.codes': 'Codes',
  'out.citations': 'Legal basis',
  'out.missing': 'Missing',
  'out.issues': 'Input errors',
  'out.regime': 'Legal period',
  'out.term': 'Term',
  'out.province': 'Province',
  'out.kind.legal': 'legal',
  'out.kind.policy': 'advice',
  'out.column': 'column',
  'out.missing-list': 'Missing: {fields}.',
  'out.summary': '{total} rows in all: {counts}.',
  'out.summary-context': 'Legal period {regime}; term {term}.',
  'out.no-term': 'unknown',
  'out.progress': 'Checking |{bar}| {percentage}% · {rows} rows',
  'out.sheet-title': 'Check results',
  'term.title': 'Term {label} ({province})',
  'term.period': 'From {start} to {end} inclusive ({years} years).',
  'term.basis.declared': 'From the province\'s term data.',
  'term.basis.projected': 'Counted forward from the latest term in the data (actual election days may differ).',
  'term.basis.from-election': 'Counted from the election date.',
  'term.extended': 'Extended until {until}.',
  'term.extended-open': 'Extended until new rules are made.',
  'term.citations': 'Legal basis: {citations}',
  'rules.title': 'Rules{when}: {count}',
  'rules.on': ' in force on {date}',
  'rules.valid': 'in force {from} → {to}',
  'rules.open': 'now',
  'rules.confidence.confirmed': 'checked against the text',
  'rules.confidence.secondary': 'from a secondary source',
  'rules.confidence.unconfirmed': 'unconfirmed',
  'rules.province': 'Province {province}: term length {years} years ({citations}).',
  'rules.province-unknown-length': 'Province {province}: no term-length data on {date}.',
  'out.rows': 'Rows {first}–{last}',
  'out.quorum': 'Present {present}/{total} ({percent}%; more than {required}% required)',
  'out.candidate-votes': '{name}: {votes} votes ({percent}% of the whole electorate)',
  'out.motion-votes': 'For: {votes} votes ({percent}% of the whole electorate)',
  'out.step': '{label}: {date} ({basis})',
  'out.step-condition.no-winner': 'if nobody wins',
  'out.step-condition.rerun-failed': 'if the re-run fails too',
  'out.step-condition.motion-carried': 'if the motion is carried',
  'out.no-date': 'not set',
  'out.tally-summary': '{total} records in all: {counts}.',
  'out.timeline-title': 'Election steps for a meeting on {date}',
  'out.outcome': 'Outcome',
  'out.winner': 'Elected',
  'out.percent': 'Share (%)',
  'out.deadlines': 'Deadlines',
  'out.unit': 'Thôn / tổ dân phố',
  'out.report-sheet': 'Secretary also leader',
  'out.report-level': 'Level',
  'out.report-code': 'Code',
  'out.report-name': 'Unit',
  'out.report-summary': '{records} records: {counted} counted, {rejected} left out.',
  'out.report-deadline': 'Reporting deadline: {who}, on {due} at the latest{passed}.',
  'out.report-deadline-passed': ' (passed)',
  'help.opt.as-of': 'date the report is made on, YYYY-MM-DD (default: today in Vietnam)',
  'help.opt.received-on': 'day the commune received the result, YYYY-MM-DD (default: the meeting day)',
  'help.opt.province-default': 'province (code or name) for records that name none',
  'help.opt.format-report': 'output format: table, json, csv, xlsx (default: table on a terminal, json otherwise)',
  'help.program': 'Check who may stand for Trưởng thôn / Tổ trưởng tổ dân phố under Vietnamese law, on CSV/XLSX/JSON files.',
  'help.usage': 'Usage:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.arguments': 'Arguments:',
  'help.global-options': 'Global options:',
  'help.help': 'show help',
  'help.help-command': 'show help for a command',
  'help.version': 'show the version',
  'help.examples': 'Examples / Ví dụ:',
  'help.exit-codes': 'Exit codes: 0 all eligible/valid; 1 some rows not eligible, undetermined or invalid; 2 command-line error or unreadable file.',
  'help.check': 'check every candidate in a file (one verdict per row)',
  'help.check.file': 'the list (.csv, .xlsx, .json, .ndjson)',
  'help.tally.file': 'meeting records: one row per candidate (.csv, .xlsx) or one record per element (.json, .ndjson)',
  'help.report.file': 'the thôn / tổ dân phố: one row per unit (.csv, .xlsx, .json, .ndjson)',
  'help.term': 'the term of a province on a date',
  'help.rules': 'the rules (with their legal basis) in force on a date',
  'help.schema': 'print the JSON Schema of an input (candidate, unit, context, meeting)',
  'help.schema.name': 'schema name',
  'help.tally': 'count votes: meeting records → outcome per unit, with deadlines',
  'help.timeline': 'the steps of an election and their deadlines, counted from the meeting date',
  'help.report': 'secretary-also-leader report per commune/district/province',
  'help.opt.election-date': 'election date YYYY-MM-DD (or from an «election_date» column)',
  'help.opt.province': 'province code or name, e.g. 46 or "Thừa Thiên Huế" (or from a «province» column)',
  'help.opt.lang': 'language: vi (default) or en',
  'help.opt.format': 'output format: table, json, ndjson, csv, xlsx (default: table on a terminal, json otherwise; from the --out extension if any)',
  'help.opt.format-simple': 'output format: table or json (default: table on a terminal, json otherwise)',
  'help.opt.out': 'write the output to a file instead of the screen',
  'help.opt.encoding': 'CSV encoding: utf-8 (default; UTF-8/UTF-16 with a BOM are detected), utf-16le, utf-16be, windows-1258',
  'help.opt.sheet': 'Excel sheet (name or position; default the first)',
  'help.opt.header-row': 'row number of the header (default 1)',
  'help.opt.input-format': 'input format when the extension does not tell: csv, xlsx, json, ndjson',
  'help.opt.today': 'today\'s date YYYY-MM-DD, to catch birth dates in the future (default: today in Vietnam)',
  'help.opt.quiet': 'no progress, notices or summary on stderr',
  'help.opt.no-bom': 'no BOM at the start of CSV output (by default a BOM is written so Excel reads Vietnamese correctly)',
  'help.opt.date': 'date YYYY-MM-DD',
  'help.opt.date-optional': 'only the rules in force on this date (YYYY-MM-DD)',
  'help.opt.province-rules': 'province code or name: add its own parameters (needs --date)',
  'help.opt.meeting-date': 'meeting (election) date YYYY-MM-DD',
};

/** The CLI catalogues by language. */
export const CLI_MESSAGES: Readonly<Record<Lang, Readonly<Record<CliMessageCode, string>>>> = { vi, en };

/** A CLI-level problem: a stable code with the parameters its message needs. */
export interface CliIssue {
  readonly code: CliMessageCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * Renders a CLI message. Parameters are cleaned of control characters (a
 * header or file name cannot move the cursor or recolour the terminal) and
 * cut to 200 characters.
 *
 * @example
 * cliMessage('cli.bad-date', { column: 'Ngày sinh' }, 'en')
 */
export function cliMessage(code: CliMessageCode, params: Readonly<Record<string, string | number>> = {}, lang: Lang = 'vi'): string {
  const template = CLI_MESSAGES[lang][code] ?? code;
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return clip(sanitize(String(value)), 200);
  });
}

/** Replaces C0/C1 control characters (and DEL) with U+FFFD, keeping text otherwise intact. */
export function sanitize(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/gu, '\uFFFD').replace(/[\t\n\r]/gu, ' ');
}

function clip(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}

/** The CLI error that stops a command: a usage error (exit 2) with a coded message. */
export class CliError extends Error {
  readonly code: CliMessageCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** `options.cause`: the underlying error (a library's), kept for debugging; never shown to users. */
  constructor(code: CliMessageCode, params: Readonly<Record<string, string | number>> = {}, options?: { readonly cause?: unknown }) {
    super(cliMessage(code, params, 'en'), options);
    this.name = 'CliError';
    this.code = code;
    this.params = params;
  }
}

/** Whether a string names a supported language. */
export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
