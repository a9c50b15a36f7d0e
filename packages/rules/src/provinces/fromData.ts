import type { ProvinceDataFile } from '@truongthon/core';
import type { LegalSource } from '../sources';
import type { ProvinceOverlay } from './overlay';

/**
 * The overlay a province data file describes (a file parsed with core's
 * `provinceDataSchema`): its dated values, terms, extensions, shortenings and
 * reporting deadlines as given, and its documents by number, so that
 * `citationText` names them as it names the library's SOURCES. Pure: reading
 * the file is the caller's business (the CLI's `--overlays`). What was
 * searched (`searched`) and the province's name stay in the file; they say
 * nothing about the law. Check the result with `loadOverlays`.
 *
 * @example
 * const parsed = parseInput(provinceDataSchema, JSON.parse(text));
 * if (parsed.ok) loadOverlays([...BUILT_IN_OVERLAYS, overlayFromData(parsed.value)]);
 */
export function overlayFromData(file: ProvinceDataFile): ProvinceOverlay {
  const documents: Record<string, LegalSource> = {};
  for (const d of file.documents ?? []) {
    documents[d.number] = {
      number: d.number,
      type: d.type,
      title: d.title,
      issuer: d.issuer,
      signed: d.signed,
      effective: d.effective,
      kind: d.kind,
      confidence: d.confidence,
      ...(d.note === undefined ? {} : { note: d.note }),
    };
  }
  return {
    id: file.id,
    province: { code: file.province.code, from: file.province.from, to: file.province.to },
    parameters: file.parameters ?? {},
    ...(file.terms ? { terms: file.terms } : {}),
    ...(file.extensions ? { extensions: file.extensions } : {}),
    ...(file.shortenings ? { shortenings: file.shortenings } : {}),
    ...(file.reportingDeadlines ? { reportingDeadlines: file.reportingDeadlines } : {}),
    ...(file.documents ? { documents } : {}),
  };
}
