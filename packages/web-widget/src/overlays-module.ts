/**
 * The overlays module of the elements (`dist/truongthon-overlays.js`, loaded
 * by src/overlays.ts on the first assignment of `overlays`): province data
 * files read with core's `provinceDataSchema` (the published
 * `province-data.schema.json`) and loaded with the rules' `loadOverlays`
 * after the built-in overlays, so that the existing checks (two files
 * claiming one value for one period, lengths the law allows, cited
 * documents) apply. Self-contained (zod, core and rules inside).
 */
import { parseInput, provinceDataSchema } from '@truongthon/core';
import { BUILT_IN_OVERLAYS, loadOverlays } from '@truongthon/rules';
import type { OverlaysModule } from './overlays';

export const readOverlays: OverlaysModule['readOverlays'] = (from) => {
  try {
    const files = (Array.isArray(from) ? from : [from]).map((file, i) => {
      const read = parseInput(provinceDataSchema, file);
      if (read.ok) return read.value;
      const issue = read.issues[0]!;
      throw { code: 'overlay.invalid', message: `#${i + 1} ${issue.path || '(root)'}: ${issue.code}` };
    });
    return { registry: loadOverlays([...BUILT_IN_OVERLAYS, ...files]) };
  } catch (error) {
    const { code = 'overlay.invalid', message } = error as { code?: string; message?: string };
    return { error: `overlays: ${code}: ${message}` };
  }
};
