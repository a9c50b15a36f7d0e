/** Helpers that read what a host assigns to an element's `value` into the element's draft. */
import { readDate } from '@truongthon/core';

/** The object a value stands for: itself, or the object of its JSON; `{}` for anything else. */
export function readRecord(value: unknown): Record<string, unknown> {
  let source: unknown = value;
  if (typeof source === 'string') {
    try {
      source = JSON.parse(source);
    } catch {
      source = {};
    }
  }
  return (source !== null && typeof source === 'object' ? source : {}) as Record<string, unknown>;
}

/** Text as a control shows it: a string, a number's digits, else blank. */
export function readText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The members of `record` named in `keys` that are given (fields with no control in the form, kept as given). */
export function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) picked[key] = record[key];
  return picked;
}

/** The member of a record at a dotted path (`attestations.health`, `unit.code`). */
export function at(record: unknown, path: string): unknown {
  let node = record;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/**
 * The date a typed text stands for (`YYYY-MM-DD`, from `dd/MM/yyyy` or ISO:
 * `readDate`); what cannot be read is passed on as typed, for the library
 * to report (see `FormAssociatedElement#dateIssue`).
 */
export function typedDate(text: string): string {
  const read = readDate(text);
  return read.ok ? read.date : text;
}
