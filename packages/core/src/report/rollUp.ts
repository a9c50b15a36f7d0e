import { compareCodes } from './compareCodes';

/** A unit of administration as a record names it: a code and, where known, a name. */
export interface AdminRef {
  readonly code: string;
  readonly name?: string | null;
}

/** One node of a roll-up: a province, district or commune with its counts and its children. */
export interface RollupNode<C, R> {
  /** The level name given in {@link RollupSpec.levels}, e.g. `province`. */
  readonly level: string;
  readonly code: string;
  /** The name records gave; the first in code-point order when they disagree (so the output does not depend on input order). */
  readonly name: string | null;
  readonly counts: C;
  /** Children ordered by {@link compareCodes}. */
  readonly children: readonly RollupNode<C, R>[];
  /** Records kept (see {@link RollupSpec.keep}) whose deepest level is this node, in the order of {@link RollupSpec.compareKept}. */
  readonly kept: readonly R[];
}

/** How {@link rollUp} groups and counts records. */
export interface RollupSpec<R, C> {
  /** Level names, outermost first, e.g. `['province', 'district', 'commune']`. */
  readonly levels: readonly string[];
  /**
   * The record's unit at each level, outermost first; `null` or `undefined`
   * skips a level (a commune with no district, after 01/07/2025, hangs
   * directly under its province).
   */
  readonly path: (record: R) => readonly (AdminRef | null | undefined)[];
  /** A fresh, empty counter. */
  readonly create: () => C;
  /** Adds one record to a counter (mutating it). */
  readonly add: (counts: C, record: R) => void;
  /** Records to keep at their deepest node, e.g. units to list by name. */
  readonly keep?: (record: R) => boolean;
  /** Order of kept records within a node (default: input order). */
  readonly compareKept?: (a: R, b: R) => number;
}

/** The result of {@link rollUp}: the grand total and the top-level nodes. */
export interface Rollup<C, R> {
  readonly total: C;
  readonly records: number;
  readonly roots: readonly RollupNode<C, R>[];
}

interface MutableNode<C, R> {
  level: string;
  code: string;
  name: string | null;
  counts: C;
  children: Map<string, MutableNode<C, R>>;
  kept: R[];
}

/**
 * Rolls records up a hierarchy of administrative units (commune → district →
 * province → total) in one pass: each record is added to the counter of its
 * node at every level and to the grand total, through `Map` look-ups, so the
 * cost is linear in the number of records. Only the nodes' children and the
 * kept records are sorted at the end (by code), so the output is
 * deterministic whatever the input order.
 *
 * Nodes are keyed by their whole path: the same commune code under two
 * different districts gives two nodes (report it if it matters to you).
 *
 * `rollUp` reads nothing of a record itself: records go to your callbacks,
 * and only the `code` and `name` of the refs your `path` returns are read.
 * It throws only what your own code throws: an exception from a callback
 * (or from iterating `records`) is passed on, never swallowed; `records`
 * that is not iterable, or a `spec` without the functions above, is a
 * `TypeError`, as for any built-in higher-order function.
 *
 * @example
 * const r = rollUp(units, {
 *   levels: ['province', 'district', 'commune'],
 *   path: (u) => [u.province, u.district, u.commune],
 *   create: () => ({ units: 0 }),
 *   add: (c) => { c.units += 1; },
 * });
 * r.roots[0].children[0].counts.units // units in the first district of the first province
 */
export function rollUp<R, C>(records: Iterable<R>, spec: RollupSpec<R, C>): Rollup<C, R> {
  const total = spec.create();
  const roots = new Map<string, MutableNode<C, R>>();
  let count = 0;
  for (const record of records) {
    count += 1;
    spec.add(total, record);
    const path = spec.path(record);
    let siblings = roots;
    let node: MutableNode<C, R> | undefined;
    for (let level = 0; level < path.length; level++) {
      const ref = path[level];
      if (ref === null || ref === undefined) continue;
      let next = siblings.get(ref.code);
      if (next === undefined) {
        next = { level: spec.levels[level] ?? String(level), code: ref.code, name: ref.name ?? null, counts: spec.create(), children: new Map(), kept: [] };
        siblings.set(ref.code, next);
      } else if (ref.name != null && ref.name !== next.name && (next.name === null || ref.name < next.name)) {
        next.name = ref.name;
      }
      spec.add(next.counts, record);
      node = next;
      siblings = next.children;
    }
    if (node !== undefined && spec.keep?.(record)) node.kept.push(record);
  }
  return { total, records: count, roots: finish(roots, spec.compareKept) };
}

function finish<C, R>(nodes: Map<string, MutableNode<C, R>>, compareKept: ((a: R, b: R) => number) | undefined): RollupNode<C, R>[] {
  const out: RollupNode<C, R>[] = [];
  for (const node of nodes.values()) {
    if (compareKept && node.kept.length > 1) node.kept.sort(compareKept);
    out.push({ level: node.level, code: node.code, name: node.name, counts: node.counts, children: finish(node.children, compareKept), kept: node.kept });
  }
  return out.sort((a, b) => compareCodes(a.code, b.code));
}
