/**
 * Province data as a property (issue 20, item 3): `el.overlays = [file, …]`
 * on both elements. Reading the files (core's `provinceDataSchema`) and
 * checking them with the built-in overlays (the rules' `loadOverlays`) live in
 * a module of their own, `truongthon-overlays.js` (src/overlays-module.ts),
 * loaded on the first assignment from beside the script that holds the
 * element, as the "Tải biên bản (.docx)" module is (src/download.ts): the
 * elements carry only this loader.
 */
import type { OverlayRegistry } from '@truongthon/rules';

/** What the files give: the registry to evaluate with, or the coded error shown instead (the built-in overlays are then used). */
export interface LoadedOverlays {
  readonly registry?: OverlayRegistry;
  readonly error?: string;
}

/** What the overlays module exports. */
export interface OverlaysModule {
  /** The registry of the built-in overlays and the files, or the coded error that stops it (`overlay.invalid`, `overlay.conflict`, …). Never throws. */
  readOverlays(files: unknown): LoadedOverlays;
}

/** Loads the module (once: the browser keeps it) and reads the files with it; a module that cannot be loaded is a coded error too. */
export async function loadOverlays(files: unknown): Promise<LoadedOverlays> {
  try {
    // `new URL('./…', import.meta.url)` as written, so that a bundler of the ES module entries finds the file. In the
    // single-file IIFE builds `import.meta.url` is the `document.currentScript` of the script, read while it runs (the
    // build's shim), as in src/download.ts.
    return ((await import(/* @vite-ignore */ new URL('./truongthon-overlays.js', import.meta.url).href)) as OverlaysModule).readOverlays(files);
  } catch {
    return { error: 'overlays: overlay.unavailable' };
  }
}
