import { CliError } from '../messages';

/** How a `truongthon serve` runs: where it listens, its limits, who may call it. */
export interface ServeOptions {
  /** Address to bind (default `127.0.0.1`: loopback only). */
  readonly host: string;
  /** Port (default 8787; 0 picks a free one). */
  readonly port: number;
  /** Largest JSON body, in bytes (default 1 MiB); also the longest NDJSON line. */
  readonly bodyLimit: number;
  /** Most lines in one NDJSON batch (default 1,000,000). */
  readonly batchLimit: number;
  /** Most requests under way at once on `/v1`; more get 503 with `Retry-After` (default 256). */
  readonly concurrency: number;
  /** When set, `/v1` requests need `Authorization: Bearer <token>` (compared in constant time). */
  readonly token: string | undefined;
  /** Origins allowed by CORS (`*` for any); empty: no CORS headers at all. */
  readonly corsOrigins: readonly string[];
  /** Write one access-log line (JSON, no personal data) per request on stderr. */
  readonly accessLog: boolean;
}

/** The defaults, as documented in `truongthon serve --help` and the README. */
export const SERVE_DEFAULTS: ServeOptions = {
  host: '127.0.0.1',
  port: 8787,
  bodyLimit: 1_048_576,
  batchLimit: 1_000_000,
  concurrency: 256,
  token: undefined,
  corsOrigins: [],
  accessLog: true,
};

/** The command-line options of `truongthon serve`, as commander gives them. */
export interface ServeFlags {
  readonly host?: string;
  readonly port?: string;
  readonly bodyLimit?: string;
  readonly batchLimit?: string;
  readonly concurrency?: string;
  readonly token?: string;
  readonly corsOrigin?: string;
  readonly quiet?: boolean;
}

/**
 * The service's options: each flag, else its environment variable
 * (`TRUONGTHON_HOST`, `TRUONGTHON_PORT`, `TRUONGTHON_BODY_LIMIT`,
 * `TRUONGTHON_BATCH_LIMIT`, `TRUONGTHON_CONCURRENCY`, `TRUONGTHON_TOKEN`,
 * `TRUONGTHON_CORS_ORIGIN` (comma-separated)), else the default. A number
 * that is not a whole number in range is a usage error naming the option.
 *
 * @example
 * serveOptions({ port: '0' }, {}).port // 0
 * serveOptions({}, { TRUONGTHON_BODY_LIMIT: '2048' }).bodyLimit // 2048
 */
export function serveOptions(flags: ServeFlags, env: NodeJS.ProcessEnv): ServeOptions {
  const pick = (flag: string | undefined, name: string): string | undefined => flag ?? (env[name] === '' ? undefined : env[name]);
  const origins = pick(flags.corsOrigin, 'TRUONGTHON_CORS_ORIGIN');
  const token = pick(flags.token, 'TRUONGTHON_TOKEN');
  return {
    host: pick(flags.host, 'TRUONGTHON_HOST') ?? SERVE_DEFAULTS.host,
    port: whole(pick(flags.port, 'TRUONGTHON_PORT'), '--port', 0, 65_535) ?? SERVE_DEFAULTS.port,
    bodyLimit: whole(pick(flags.bodyLimit, 'TRUONGTHON_BODY_LIMIT'), '--body-limit', 1, 2 ** 31) ?? SERVE_DEFAULTS.bodyLimit,
    batchLimit: whole(pick(flags.batchLimit, 'TRUONGTHON_BATCH_LIMIT'), '--batch-limit', 1, Number.MAX_SAFE_INTEGER) ?? SERVE_DEFAULTS.batchLimit,
    concurrency: whole(pick(flags.concurrency, 'TRUONGTHON_CONCURRENCY'), '--concurrency', 1, 1_000_000) ?? SERVE_DEFAULTS.concurrency,
    token: token === undefined || token.trim() === '' ? undefined : token.trim(),
    corsOrigins: origins === undefined ? [] : origins.split(',').map((o) => o.trim()).filter((o) => o !== ''),
    accessLog: flags.quiet !== true,
  };
}

function whole(value: string | undefined, option: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/u.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new CliError('cli.option-integer', { option, min, max });
  return n;
}
