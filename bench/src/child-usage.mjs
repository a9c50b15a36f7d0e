/**
 * Preloaded (`node --import`) into the processes the CLI benchmark spawns: on
 * exit, writes the process's resource usage (peak RSS in KiB, CPU µs) as JSON
 * to the file descriptor named by TRUONGTHON_BENCH_USAGE_FD, so peak memory is
 * read the same way for the CLI and for the bare csv-parse baseline, without
 * touching either.
 */
import { writeSync } from 'node:fs';

const fd = Number(process.env.TRUONGTHON_BENCH_USAGE_FD);
if (Number.isInteger(fd) && fd > 2) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    try {
      writeSync(fd, `${JSON.stringify({ maxRSS: u.maxRSS, userCPUTime: u.userCPUTime, systemCPUTime: u.systemCPUTime, uptimeMs: process.uptime() * 1000 })}\n`);
    } catch {
      // the parent went away
    }
  });
}
