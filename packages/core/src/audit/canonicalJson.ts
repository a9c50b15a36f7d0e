/**
 * JSON with object keys sorted at every level and `undefined` members left
 * out, so that equal values always give byte-identical text (the basis of
 * input hashes and of deterministic output).
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: undefined, c: 3 }] }) // '{"a":[2,{"c":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}
