import type { DocumentKind } from '@truongthon/rules';

/**
 * A name safe on every file system and in every archive tool: Vietnamese
 * letters without their marks (đ → d), anything else but letters and digits
 * a single `-`, lower case, at most 60 characters.
 *
 * @example
 * asciiName('Tổ dân phố 1') // 'to-dan-pho-1'
 */
export function asciiName(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return plain === '' ? 'khong-ten' : plain;
}

/** The end of a document's file name, after the unit and the date. */
export const FILE_SUFFIX: Readonly<Record<DocumentKind, string>> = {
  invitation: 'giay-moi',
  'count-record': 'bien-ban-kiem-phieu',
  'household-count-record': 'bien-ban-kiem-phieu-ho-gia-dinh',
  resolution: 'nghi-quyet-bien-ban-hop',
  'recognition-decision': 'du-thao-qd-cong-nhan',
  'rerun-decision': 'du-thao-qd-bau-lai',
  'candidate-list': 'bien-ban-du-kien-nguoi-ung-cu',
  report: 'bao-cao',
};
