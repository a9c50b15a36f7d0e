/**
 * Options of the second minifier pass over the single-file builds (terser
 * after esbuild, see tsup.config.ts), shared with `npm run analyze` so that
 * it measures what the build ships. One pass of the compressor and the name
 * mangler: further passes make the gzip size larger, not smaller. Output
 * stays ASCII (non-ASCII text as escapes, whatever charset a portal serves
 * the file with: gzip compresses these as well as UTF-8 here), and keeps
 * `/*!` licence comments. terser never introduces eval or `new Function`,
 * so the output stays CSP-clean.
 */
export const TERSER_OPTIONS = {
  ecma: 2020,
  compress: { passes: 1 },
  mangle: true,
  format: { ascii_only: true, comments: /^!/u },
};
