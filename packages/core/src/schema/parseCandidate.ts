import type { Candidate } from './candidate';
import type { ElectionContext } from './context';
import type { ParseResult } from './parse';
import { parseShape } from './parseShape';
import { CANDIDATE_SHAPE, CONTEXT_SHAPE } from './shapes.generated';

/**
 * Parses a candidate: exactly what `parseInput(candidateSchema, input)`
 * gives (the value, or the same coded issues in the same order), read from
 * the schema's shape ({@link parseShape}) with no zod at run time.
 *
 * @example
 * parseCandidate({ fullName: ' Nguyễn  Văn An ', dateOfBirth: '2000-01-10' })
 * // { ok: true, value: { fullName: 'Nguyễn Văn An', dateOfBirth: '2000-01-10' } }
 */
export function parseCandidate(input: unknown): ParseResult<Candidate> {
  return parseShape<Candidate>(CANDIDATE_SHAPE, input);
}

/**
 * Parses an election context: exactly what
 * `parseInput(electionContextSchema, input)` gives, with no zod at run time.
 *
 * @example
 * parseElectionContext({ electionDate: '2026-10-18', province: '46' })
 * // { ok: true, value: { electionDate: '2026-10-18', province: '46' } }
 */
export function parseElectionContext(input: unknown): ParseResult<ElectionContext> {
  return parseShape<ElectionContext>(CONTEXT_SHAPE, input);
}
