import * as z from 'zod/mini';
import { isoDateSchema as realDay, textSchema } from './primitives';

/**
 * The kinds of text (loại văn bản) a citation may name, as officials name them
 * before the number ("Quyết định 37/2019/QĐ-UBND"); `Tin bài` is a news item
 * (evidence of what a province did, not the decision itself).
 */
export const DOCUMENT_TYPES = [
  'Luật',
  'Bộ luật Lao động',
  'Bộ luật Dân sự',
  'Nghị quyết',
  'Nghị quyết liên tịch',
  'Nghị định',
  'Thông tư',
  'Thông tư liên tịch',
  'Quyết định',
  'Công văn',
  'Kế hoạch',
  'Hướng dẫn',
  'Chỉ thị',
  'Quy định',
  'Kết luận',
  'Tin bài',
] as const;

/** A real day `YYYY-MM-DD`; the pattern is written out so that the JSON Schema says it too. */
const isoDateSchema = realDay.check(z.regex(/^\d{4}-\d{2}-\d{2}$/u));

const confidenceSchema = z.enum(['confirmed', 'secondary', 'unconfirmed']);
const noteSchema = z.optional(textSchema(4000));
const provinceCodeSchema = z.string().check(z.regex(/^\d{2}$/u));

/** A citation: a document of the file (or of the library's SOURCES) by its number, and the place in it. */
export const provinceCitationSchema = z.strictObject({
  document: textSchema(200),
  article: z.optional(textSchema(20)),
  clause: z.optional(textSchema(20)),
  point: z.optional(textSchema(20)),
  amendedBy: z.optional(textSchema(200)),
  effective: z.optional(isoDateSchema),
  confidence: confidenceSchema,
  note: noteSchema,
});

const citationsSchema = z.array(provinceCitationSchema).check(z.minLength(1));

function datedValueSchema<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ from: isoDateSchema, to: z.nullable(isoDateSchema), value, citations: citationsSchema });
}

const areaSchema = z.optional(z.strictObject({ formerProvince: provinceCodeSchema }));
const authoritySchema = z.enum(['commune', 'province']);

/** A document a province file cites: what the library's SOURCES says of its own documents. */
export const provinceDocumentSchema = z.strictObject({
  /** Official number (`37/2019/QĐ-UBND`); for a news item, the outlet and day (`baothanhhoa.vn, 12/03/2021`). */
  number: textSchema(200),
  type: z.enum(DOCUMENT_TYPES),
  issuer: textSchema(300),
  /** Trích yếu, or the headline of a news item. */
  title: textSchema(1000),
  signed: z.nullable(isoDateSchema),
  effective: z.nullable(isoDateSchema),
  /** `law` binds; `party` and `guidance` are policy and administrative guidance; `news` is a press or portal item. */
  kind: z.enum(['law', 'party', 'guidance', 'news']),
  confidence: confidenceSchema,
  note: noteSchema,
  /** Where it was read. */
  url: z.optional(textSchema(1000)),
});

/** A search that was made for a province, kept so that "not found" says what was looked for. */
export const provinceSearchSchema = z.strictObject({
  query: textSchema(500),
  /** Where: a search engine, a corpus, a portal. */
  where: z.optional(textSchema(200)),
  /** The day it was made. */
  on: z.optional(isoDateSchema),
  /** What it gave (nothing, or what was read and not used). */
  result: z.optional(textSchema(1000)),
});

/**
 * A province data file: the dated values a province set (term length,
 * recognition deadline), the terms it declared, its extensions and
 * shortenings of terms, its reporting deadlines, with the documents cited;
 * and, where nothing was found, what was searched. One file per province
 * (and period of its code); JSON.
 */
export const provinceDataSchema = z.strictObject({
  /** The JSON Schema the file follows (for editors); not read. */
  $schema: z.optional(z.string()),
  /** `<code>-<slug>`, e.g. `38-thanh-hoa`. */
  id: z.string().check(z.regex(/^\d{2}-[a-z0-9-]+$/u)),
  /** The province code, its name, and the period the code is read in (codes were reused from 01/07/2025). */
  province: z.strictObject({ code: provinceCodeSchema, name: textSchema(100), from: isoDateSchema, to: z.nullable(isoDateSchema) }),
  documents: z.optional(z.array(provinceDocumentSchema)),
  parameters: z.optional(
    z.strictObject({
      'term.lengthYears': z.optional(z.array(datedValueSchema(z.number().check(z.positive())))),
      'recognition.workingDays': z.optional(z.array(datedValueSchema(z.int().check(z.positive())))),
    }),
  ),
  terms: z.optional(
    z.array(
      z.strictObject({
        label: textSchema(50),
        start: isoDateSchema,
        end: z.nullable(isoDateSchema),
        electionDate: z.optional(isoDateSchema),
        area: areaSchema,
        citations: citationsSchema,
      }),
    ),
  ),
  extensions: z.optional(
    z.array(
      z.strictObject({
        appliesToTermsEndingFrom: isoDateSchema,
        appliesToTermsEndingTo: z.optional(z.nullable(isoDateSchema)),
        until: z.nullable(isoDateSchema),
        from: isoDateSchema,
        decidedBy: authoritySchema,
        area: areaSchema,
        citations: citationsSchema,
      }),
    ),
  ),
  shortenings: z.optional(
    z.array(
      z.strictObject({
        appliesToTermsEndingFrom: isoDateSchema,
        appliesToTermsEndingTo: isoDateSchema,
        until: isoDateSchema,
        from: isoDateSchema,
        decidedBy: authoritySchema,
        area: areaSchema,
        citations: citationsSchema,
      }),
    ),
  ),
  reportingDeadlines: z.optional(z.array(z.strictObject({ id: textSchema(100), due: isoDateSchema, who: textSchema(300), citations: citationsSchema }))),
  /** What was searched (and where, when): required reading when the file sets no term length. */
  searched: z.optional(z.array(provinceSearchSchema)),
  /** Free remarks about the data, in English. */
  note: noteSchema,
});

export type ProvinceDataFile = z.infer<typeof provinceDataSchema>;
export type ProvinceDataFileInput = z.input<typeof provinceDataSchema>;
export type ProvinceDocument = z.infer<typeof provinceDocumentSchema>;
