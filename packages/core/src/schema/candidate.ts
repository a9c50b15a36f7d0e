import * as z from 'zod/mini';
import { checkCitizenId } from '../text/citizenId';
import { citizenIdSchema, flagSchema, isoDateSchema, textSchema } from './primitives';

/**
 * Attestations for the judgment criteria (TT 04/2012/TT-BNV Điều 11 until
 * 25/05/2026; Nghị định 185/2026/NĐ-CP Điều 7 from 26/05/2026), which no
 * computer can decide. Which of them a regime requires is the rules' business. Each is `true` (attested), `false` (attested not to
 * hold) or absent/`null` (not yet assessed: the verdict stays `undetermined`).
 */
export const attestationsSchema = z.strictObject({
  /** Có sức khỏe: healthy. */
  health: flagSchema,
  /** Nhiệt tình và có tinh thần trách nhiệm trong công tác: enthusiastic and responsible. */
  dedication: flagSchema,
  /** Có phẩm chất chính trị và phẩm chất đạo đức tốt, được nhân dân tín nhiệm: good political and moral qualities, trusted by the people. */
  moralQuality: flagSchema,
  /** Bản thân và gia đình gương mẫu chấp hành đường lối, chủ trương, chính sách, pháp luật: self and family exemplary. */
  exemplaryFamily: flagSchema,
  /** Có kiến thức văn hóa, năng lực, kinh nghiệm và phương pháp vận động quần chúng: education, capacity, experience. */
  capacity: flagSchema,
  /** Có khả năng ứng dụng công nghệ thông tin; lập kế hoạch, tổng hợp, thống kê, báo cáo (NĐ 185/2026 Điều 7 khoản 4): IT, planning and reporting skills. */
  digitalSkills: flagSchema,
});

const candidateFields = z.strictObject({
  /** Your own identifier for the person or row. */
  id: z.optional(textSchema(100)),
  /** Họ và tên. */
  fullName: textSchema(200),
  /** Ngày sinh, `YYYY-MM-DD`. */
  dateOfBirth: isoDateSchema,
  /** Giới tính, used only to check the citizen id. */
  gender: z.optional(z.nullable(z.enum(['male', 'female']))),
  /** Số định danh cá nhân / CCCD (12 digits). Checked, never echoed unmasked. */
  citizenId: z.optional(z.nullable(citizenIdSchema)),
  /** The post sought: Trưởng thôn / Tổ trưởng (`leader`) or Phó (`deputy`). Default `leader`. */
  role: z.optional(z.enum(['leader', 'deputy'])),
  /** Code of the thôn / tổ dân phố. */
  unitCode: z.optional(z.nullable(textSchema(50))),
  /** Name of the thôn / tổ dân phố. */
  unitName: z.optional(z.nullable(textSchema(200))),
  /** Đăng ký thường trú (hộ khẩu thường trú) in this thôn / tổ dân phố. */
  permanentResident: flagSchema,
  /** Cư trú thường xuyên: actually lives in this thôn / tổ dân phố. */
  livesInUnit: flagSchema,
  /** Cư trú thường xuyên tại địa bàn xã, phường, đặc khu: regularly lives in the commune (NĐ 185/2026 Điều 7 khoản 1). `livesInUnit: true` implies it. */
  residesInCommune: flagSchema,
  /** Đang trong thời gian bị xử lý kỷ luật, bị truy cứu trách nhiệm hình sự hoặc chấp hành bản án, quyết định của Tòa án (NĐ 185/2026 Điều 7 khoản 5). */
  underSanction: flagSchema,
  /** Đảng viên: member of the Communist Party of Vietnam (a policy statistic, not a legal criterion). */
  partyMember: flagSchema,
  /** Bí thư chi bộ: secretary of the unit's Party cell. */
  partyCellSecretary: flagSchema,
  attestations: z.optional(z.nullable(attestationsSchema)),
});

/**
 * A person proposed for Trưởng thôn / Tổ trưởng tổ dân phố (or their deputy):
 * the single source of truth for candidate input, exported as JSON Schema.
 * Text is normalised to NFC. A citizen id is checked for structure and for
 * agreement with the date of birth and gender.
 */
export const candidateSchema = candidateFields.check(
  z.superRefine((candidate, ctx) => {
    if (candidate.citizenId == null || candidate.citizenId === '') return;
    for (const code of checkCitizenId(candidate.citizenId, candidate)) {
      ctx.issues.push({ code: 'custom', path: ['citizenId'], params: { code }, message: code, input: undefined });
    }
  }),
);

/** A candidate, as accepted by {@link candidateSchema} (input side). */
export type CandidateInput = z.input<typeof candidateSchema>;
/** A candidate after parsing: normalised text, validated dates. */
export type Candidate = z.output<typeof candidateSchema>;
/** Judgment attestations after parsing. */
export type Attestations = z.output<typeof attestationsSchema>;
/** Names of every judgment attestation: the five of TT 04/2012 Điều 11, then `digitalSkills` (NĐ 185/2026 Điều 7 khoản 4). */
export const ATTESTATION_KEYS = ['health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity', 'digitalSkills'] as const;
export type AttestationKey = (typeof ATTESTATION_KEYS)[number];
