import pc from 'picocolors';

/** The colour functions used by the renderers (no-ops when colour is off). */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Whether to colour output written to `stream`: never when `NO_COLOR` is set
 * to anything non-empty (https://no-color.org) or `TERM=dumb`; always when
 * `FORCE_COLOR` is set (and not `0`); otherwise only on a terminal.
 */
export function colorEnabled(stream: object, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false') return true;
  if (env['TERM'] === 'dumb') return false;
  return (stream as { readonly isTTY?: boolean }).isTTY === true;
}

/** Colour functions for a stream. */
export function colorsFor(stream: object, env: NodeJS.ProcessEnv = process.env): Colors {
  return pc.createColors(colorEnabled(stream, env));
}
