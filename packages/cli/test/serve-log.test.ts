import { afterEach, describe, expect, it, vi } from 'vitest';
import { bufferedLines } from '../src/serve/log';

describe('bufferedLines (the access log of truongthon serve)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps lines and writes them at once, each with its newline, on flush; nothing when none is kept', () => {
    const written: string[] = [];
    const log = bufferedLines({ write: (chunk) => written.push(chunk) });
    log.write('{"a":1}');
    log.write('{"b":2}');
    expect(written).toEqual([]);
    log.flush();
    expect(written).toEqual(['{"a":1}\n{"b":2}\n']);
    log.flush();
    expect(written).toHaveLength(1);
  });

  it('writes once the kept lines reach the size, in order, losing none', () => {
    const written: string[] = [];
    const log = bufferedLines({ write: (chunk) => written.push(chunk) }, { size: 20 });
    for (let i = 0; i < 10; i++) log.write(`line ${i}`);
    log.flush();
    expect(written.length).toBeGreaterThan(1);
    expect(written.join('')).toBe(Array.from({ length: 10 }, (_, i) => `line ${i}\n`).join(''));
  });

  it('writes the kept lines after the delay without a flush (one timer for many lines)', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const log = bufferedLines({ write: (chunk) => written.push(chunk) }, { ms: 200 });
    log.write('one');
    vi.advanceTimersByTime(100);
    log.write('two');
    expect(written).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(written).toEqual(['one\ntwo\n']);
    log.write('three');
    log.flush();
    vi.advanceTimersByTime(1000);
    expect(written).toEqual(['one\ntwo\n', 'three\n']);
  });
});
