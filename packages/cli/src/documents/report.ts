import { blank, type Block, citationText, displayCount, displayDate, displayPercent, formatMessage, type OfficialDocument, placeDateLine, type ReportNode, t } from '@truongthon/rules';
import { cliMessage, type Lang } from '../messages';

/** A row of the flat report, as `truongthon report` makes it for every tabular format: one kind of unit in one area, or a record left out. */
export type FlatReportRow =
  | { readonly level: 'total' | ReportNode['level']; readonly code: string; readonly name: string; readonly kind: keyof ReportNode['counts']; readonly counts: ReportNode['counts']['total'] }
  | { readonly level: 'excluded'; readonly row: number | null; readonly reason: string };

/**
 * The report of `truongthon report` as an administrative document (báo cáo,
 * Nghị định 30/2020 layout, A4 landscape): the same rows as its CSV and XLSX
 * (every area, then each kind of unit it has: thôn, tổ dân phố, kind not
 * known; the Kon Tum 2881/UBND-KTTH columns), each figure the report's own,
 * written with Vietnamese separators; the records left out with their row
 * and reason; the issuer, number, place, date and signer left as
 * placeholders. The text of the data (names) is shown as written.
 *
 * @example
 * const doc = reportDocument(flattenReport(report, issues, rejected, 'vi'), '2021-11-15', 'vi', { deadlines: [], findings: [] });
 * doc.title // 'BÁO CÁO'
 */
export function reportDocument(rows: readonly FlatReportRow[], asOf: string, lang: Lang, extra: { readonly deadlines: readonly string[]; readonly findings: readonly string[] }): OfficialDocument {
  const vi = lang === 'vi';
  const col = (key: string) => formatMessage(`report.column.${key}`, {}, lang);
  const percent = cliMessage('out.percent', {}, lang);
  const n = (v: number) => displayCount(v, lang);
  const p = (v: number | null) => (v === null ? '' : displayPercent(v, lang));
  const table: Block = {
    kind: 'table',
    header: [
      cliMessage('out.report-level', {}, lang), cliMessage('out.report-code', {}, lang), cliMessage('out.report-name', {}, lang), cliMessage('out.report-kind', {}, lang),
      col('units'), col('leaders'), col('secretaryLeaders'), percent, col('partyMemberLeaders'), percent, col('nonPartyLeaders'), percent,
      col('membershipUnknown'), col('interim'), col('vacant'), col('withoutPartyCell'), col('partyCellUnknown'),
    ],
    align: ['left', 'left', 'left', 'left', ...Array<'right'>(13).fill('right')],
    // Area, code, name, kind, then the 13 figures at an even width (fractions of the text width, summing to 1).
    widths: [0.08, 0.04, 0.12, 0.071, ...Array<number>(13).fill(0.053)],
    fontSize: 9,
    rows: rows.flatMap((r) => {
      if (r.level === 'excluded' || !('counts' in r)) return [];
      const c = r.counts;
      return [[
        r.level === 'total' ? '' : formatMessage(`report.level.${r.level}`, {}, lang), r.code, r.name,
        r.kind === 'total' ? cliMessage('out.report-kind-all', {}, lang) : formatMessage(`report.kind.${r.kind}`, {}, lang),
        n(c.units), n(c.leaders), n(c.secretaryLeaders), p(c.percent.secretaryLeaders), n(c.partyMemberLeaders), p(c.percent.partyMemberLeaders), n(c.nonPartyLeaders), p(c.percent.nonPartyLeaders),
        n(c.membershipUnknown), n(c.interim), n(c.vacant), n(c.withoutPartyCell), n(c.partyCellUnknown),
      ]];
    }),
  };
  const excluded = rows.filter((r): r is Extract<FlatReportRow, { level: 'excluded' }> => r.level === 'excluded');
  const body: Block[] = [
    {
      kind: 'paragraph',
      indent: true,
      segments: [t(vi
        ? `Số liệu tính đến ngày ${displayDate(asOf)}, theo các cột của ${citationText({ document: '2881/UBND-KTTH', confidence: 'confirmed' }, 'vi')}; tỷ lệ tính trên tổng số thôn, tổ dân phố của từng dòng.`
        : `Figures as of ${asOf}, in the columns of ${citationText({ document: '2881/UBND-KTTH', confidence: 'confirmed' }, 'en')}; each percentage of the units of its row.`)],
    },
    table,
  ];
  if (excluded.length > 0) {
    body.push({ kind: 'paragraph', bold: true, segments: [t(cliMessage('out.report-excluded', {}, lang))] });
    for (const e of excluded) body.push({ kind: 'paragraph', indent: true, segments: [t(`- ${e.row === null ? '' : `${cliMessage('out.row', {}, lang)} ${e.row}: `}${e.reason}`)] });
  }
  for (const line of [...extra.deadlines, ...extra.findings]) body.push({ kind: 'paragraph', indent: true, italic: true, segments: [t(line)] });
  body.push({
    kind: 'signatures',
    signers: [
      { title: vi ? 'Nơi nhận:' : 'To:', note: vi ? '- Như trên; - Lưu: VT.' : '- As above; - Archive.', name: { text: '' } },
      { title: vi ? 'TM. ỦY BAN NHÂN DÂN' : 'FOR THE PEOPLE\'S COMMITTEE', note: vi ? '(Ký, ghi rõ họ tên, đóng dấu)' : '(Signature, full name, seal)', name: blank(vi ? 'họ và tên' : 'name') },
    ],
  });
  return {
    kind: 'report',
    lang,
    translation: !vi,
    draft: false,
    form: null,
    issuer: [[t(vi ? 'ỦY BAN NHÂN DÂN' : 'PEOPLE\'S COMMITTEE')], [blank(vi ? 'tên đơn vị' : 'unit')]],
    number: vi ? [t('Số: '), blank('số'), t('/BC-UBND')] : [t('No. '), blank('number'), t('/BC-UBND')],
    motto: vi ? ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] : ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness'],
    placeDate: placeDateLine(null, lang),
    title: vi ? 'BÁO CÁO' : 'REPORT',
    subject: [t(vi ? `Kết quả bố trí Trưởng thôn, Tổ trưởng tổ dân phố và Bí thư chi bộ kiêm Trưởng thôn, Tổ trưởng tổ dân phố (đến ngày ${displayDate(asOf)})` : `Heads of units and Party cell secretaries who are also heads (as of ${asOf})`)],
    body,
    date: null,
    unit: '',
    landscape: true,
  };
}
