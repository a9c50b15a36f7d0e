/**
 * The baselines of the HTTP benchmark: a bare Fastify 5 server, in its own
 * process as `truongthon serve` is, with two routes that parse the same JSON
 * body and return a fixed JSON:
 *
 * - `POST /bare`: a ~60-byte answer (issue 17's baseline);
 * - `POST /bare-sized`: the answer given in `TRUONGTHON_BENCH_FIXED_ANSWER`
 *   (the benchmark passes the check's own answer, ~2 KB), a fixed object that
 *   Fastify serialises on every request as it does any route's object: what
 *   answering that many bytes costs without checking anything.
 *
 * Prints its port on stdout; SIGTERM stops it.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const FIXED = { verdict: 'eligible', findings: [], missing: [], issues: [] };
app.post('/bare', async () => FIXED);
const given = process.env.TRUONGTHON_BENCH_FIXED_ANSWER;
if (given) {
  const SIZED = JSON.parse(given);
  app.post('/bare-sized', async () => SIZED);
}
await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`listening http://127.0.0.1:${app.server.address().port}`);
process.once('SIGTERM', () => app.close());
