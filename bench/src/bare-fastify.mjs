/**
 * The baseline of the HTTP benchmark: a bare Fastify 5 server whose one
 * route (POST /bare) parses the same JSON body and returns a fixed JSON, in
 * its own process as `truongthon serve` is. Prints its port on stdout;
 * SIGTERM stops it.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const FIXED = { verdict: 'eligible', findings: [], missing: [], issues: [] };
app.post('/bare', async () => FIXED);
await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`listening http://127.0.0.1:${app.server.address().port}`);
process.once('SIGTERM', () => app.close());
