/**
 * citationText: citations as officials read them (issue 15, item 3): the
 * kind of text before its number, article and clause in the Vietnamese
 * order, the issuer of a provincial or Party text; no confidence or note.
 */
import { describe, expect, it } from 'vitest';
import { citationText, citesIssuer, documentText, listParameters, listRules, SOURCES, type SourceId } from '../src/index';

/** Every document of SOURCES as officials name it, in Vietnamese and English. */
const EXPECTED: Record<SourceId, readonly [string, string]> = {
  '13/2002/QĐ-BNV': ['Quyết định 13/2002/QĐ-BNV', 'Decision 13/2002/QĐ-BNV'],
  '01/2005/TTLT-BTTUBTWMTTQVN-BNV': ['Thông tư liên tịch 01/2005/TTLT-BTTUBTWMTTQVN-BNV', 'Joint Circular 01/2005/TTLT-BTTUBTWMTTQVN-BNV'],
  '09/2008/NQLT-CP-UBTWMTTQVN': ['Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN', 'Joint Resolution 09/2008/NQLT-CP-UBTWMTTQVN'],
  '04/2012/TT-BNV': ['Thông tư 04/2012/TT-BNV', 'Circular 04/2012/TT-BNV'],
  '09/2017/TT-BNV': ['Thông tư 09/2017/TT-BNV', 'Circular 09/2017/TT-BNV'],
  '14/2018/TT-BNV': ['Thông tư 14/2018/TT-BNV', 'Circular 14/2018/TT-BNV'],
  '10/2022/QH15': ['Luật 10/2022/QH15', 'Law 10/2022/QH15'],
  '59/2023/NĐ-CP': ['Nghị định 59/2023/NĐ-CP', 'Decree 59/2023/NĐ-CP'],
  '45/2019/QH14': ['Bộ luật Lao động 45/2019/QH14', 'Labour Code 45/2019/QH14'],
  '10/2012/QH13': ['Bộ luật Lao động 10/2012/QH13', 'Labour Code 10/2012/QH13'],
  'Bộ luật Lao động 1994': ['Bộ luật Lao động 1994', 'Bộ luật Lao động 1994'],
  '84/2007/QH11': ['Luật 84/2007/QH11', 'Law 84/2007/QH11'],
  '91/2015/QH13': ['Bộ luật Dân sự 91/2015/QH13', 'Civil Code 91/2015/QH13'],
  '188/1999/QĐ-TTg': ['Quyết định 188/1999/QĐ-TTg', 'Decision 188/1999/QĐ-TTg'],
  '202/2025/QH15': ['Nghị quyết 202/2025/QH15', 'Resolution 202/2025/QH15'],
  '18-NQ/TW': ['Nghị quyết 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII)', 'Resolution 18-NQ/TW of Ban Chấp hành Trung ương Đảng (khóa XII)'],
  '38-KL/TW': ['Kết luận 38-KL/TW của Bộ Chính trị', 'Conclusion 38-KL/TW of Bộ Chính trị'],
  '13-CV/ĐU': ['Công văn 13-CV/ĐU của Đảng ủy phường Hương Xuân, thị xã Hương Trà, Thừa Thiên Huế', 'Official Letter 13-CV/ĐU of Đảng ủy phường Hương Xuân, thị xã Hương Trà, Thừa Thiên Huế'],
  '2881/UBND-KTTH': ['Công văn 2881/UBND-KTTH của UBND tỉnh Kon Tum', 'Official Letter 2881/UBND-KTTH of UBND tỉnh Kon Tum'],
  '4360/UBND-KTTH': ['Công văn 4360/UBND-KTTH của UBND tỉnh Kon Tum', 'Official Letter 4360/UBND-KTTH of UBND tỉnh Kon Tum'],
  '34/2020/QĐ-UBND': ['Quyết định 34/2020/QĐ-UBND của UBND tỉnh Kon Tum', 'Decision 34/2020/QĐ-UBND of UBND tỉnh Kon Tum'],
  '72/2025/QH15': ['Luật 72/2025/QH15', 'Law 72/2025/QH15'],
  '185/2026/NĐ-CP': ['Nghị định 185/2026/NĐ-CP', 'Decree 185/2026/NĐ-CP'],
  '11776/BNV-CQĐP': ['Công văn 11776/BNV-CQĐP', 'Official Letter 11776/BNV-CQĐP'],
  '12917 (Đồng Nai)': ['Công văn 12917 của UBND tỉnh Đồng Nai', 'Official Letter 12917 of UBND tỉnh Đồng Nai'],
  '3940/UBND-NC': ['Công văn 3940/UBND-NC của UBND tỉnh Cao Bằng', 'Official Letter 3940/UBND-NC of UBND tỉnh Cao Bằng'],
  '37/2019/QĐ-UBND': ['Quyết định 37/2019/QĐ-UBND của UBND tỉnh Cao Bằng', 'Decision 37/2019/QĐ-UBND of UBND tỉnh Cao Bằng'],
  '31/2021/QĐ-UBND': ['Quyết định 31/2021/QĐ-UBND của UBND tỉnh Thừa Thiên Huế', 'Decision 31/2021/QĐ-UBND of UBND tỉnh Thừa Thiên Huế'],
};

describe('citationText', () => {
  it('names every document of SOURCES with its kind, and a provincial or Party text with its issuer', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(SOURCES).sort());
    for (const [number, [vi, en]] of Object.entries(EXPECTED)) {
      expect(documentText(number, 'vi'), number).toBe(vi);
      expect(documentText(number, 'en'), number).toBe(en);
    }
  });

  it('cites the issuer exactly for Party texts and texts of provincial or local bodies', () => {
    for (const source of Object.values(SOURCES)) {
      const local = source.kind === 'party' || source.issuer.startsWith('UBND ') || source.issuer.startsWith('Đảng ủy ');
      expect(citesIssuer(source), source.number).toBe(local);
    }
  });

  it('puts point, clause and article before the document, in Vietnamese order, without a comma', () => {
    expect(citationText({ document: '04/2012/TT-BNV', article: '12', clause: '3', confidence: 'confirmed' })).toBe('khoản 3 Điều 12 Thông tư 04/2012/TT-BNV');
    expect(citationText({ document: '04/2012/TT-BNV', article: '12', clause: '3', confidence: 'confirmed' }, 'en')).toBe('Art. 12(3), Circular 04/2012/TT-BNV');
    expect(citationText({ document: '2881/UBND-KTTH', article: '1', point: 'a', confidence: 'confirmed' })).toBe('điểm a Điều 1 Công văn 2881/UBND-KTTH của UBND tỉnh Kon Tum');
    expect(citationText({ document: '2881/UBND-KTTH', confidence: 'confirmed' })).toBe('Công văn 2881/UBND-KTTH của UBND tỉnh Kon Tum');
    expect(citationText({ document: '185/2026/NĐ-CP', article: '4', clause: '2', point: 'b', confidence: 'secondary' }, 'en')).toBe('Art. 4(2)(b), Decree 185/2026/NĐ-CP');
    expect(citationText({ document: '04/2012/TT-BNV', article: '11', amendedBy: '14/2018/TT-BNV', confidence: 'confirmed' })).toBe(
      'Điều 11 Thông tư 04/2012/TT-BNV (được sửa đổi, bổ sung bởi Thông tư 14/2018/TT-BNV)',
    );
    expect(citationText({ document: '04/2012/TT-BNV', article: '11', amendedBy: '14/2018/TT-BNV', confidence: 'confirmed' }, 'en')).toBe(
      'Art. 11, Circular 04/2012/TT-BNV (as amended by Circular 14/2018/TT-BNV)',
    );
  });

  it('keeps the number of a document not in SOURCES as given (a portal overlay)', () => {
    expect(citationText({ document: '12/2021/QĐ-UBND', article: '5', confidence: 'confirmed' })).toBe('Điều 5, 12/2021/QĐ-UBND');
    expect(citationText({ document: '12/2021/QĐ-UBND', confidence: 'confirmed' }, 'en')).toBe('12/2021/QĐ-UBND');
    expect(citationText({ document: 'toString', confidence: 'confirmed' })).toBe('toString');
  });

  it('never shows a maintainer\'s note or confidence word, for every citation of every rule and parameter; what no one has read in the text is never shown as certain', () => {
    const citations = [...listRules().flatMap((r) => r.citations), ...listParameters().flatMap((p) => p.citations)];
    expect(citations.length).toBeGreaterThan(20);
    expect(citations.some((citation) => citation.confidence === 'unconfirmed')).toBe(true);
    const advice = { vi: ' (cần đối chiếu văn bản gốc)', en: ' (to be checked against the original text)' } as const;
    for (const citation of citations) {
      for (const lang of ['vi', 'en'] as const) {
        const text = citationText(citation, lang);
        if (citation.note) expect(text).not.toContain(citation.note);
        expect(text).not.toMatch(/confirmed|secondary|UNCONFIRMED|kiểm chứng|nguồn thứ cấp/u);
        // The guide: nothing unconfirmed is shown as certain. The official is told to check the original, in words meant for them.
        expect(text.endsWith(advice[lang]), `${lang} ${text}`).toBe(citation.confidence === 'unconfirmed');
      }
    }
  });
});
