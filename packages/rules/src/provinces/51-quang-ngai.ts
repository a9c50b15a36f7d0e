import { KON_TUM_TERM_2023 } from './62-kon-tum';
import type { ProvinceOverlay } from './overlay';

/**
 * Quảng Ngãi (code 51 from 01/07/2025: the former Quảng Ngãi 51 and Kon Tum
 * 62, merged on that day).
 *
 * Only the former Kon Tum units are covered: their 2023–2025 term, begun in
 * Kon Tum, runs on after the merger (a merger moves units; it does not end
 * their heads' terms). Its last day is not known (`end: null`, UNCONFIRMED):
 * look-ups for those units (`termOn('51', date, registry, { formerProvince:
 * '62' })`) say the term is running and its end unknown, until a later
 * election or decision is added here. Nothing is known of the former Quảng
 * Ngãi units' terms, nor of a Quảng Ngãi decision under MOHA 11776/BNV-CQĐP.
 */
export const quangNgai: ProvinceOverlay = {
  id: '51-quang-ngai',
  province: { code: '51', from: '2025-07-01', to: null },
  parameters: {},
  terms: [{ ...KON_TUM_TERM_2023, area: { formerProvince: '62' } }],
};
