#!/usr/bin/env node
/**
 * Issue 18, item 7: first render of `<truongthon-candidate>` and one
 * keystroke, at 1× and 4× CPU throttling (DevTools protocol
 * `Emulation.setCPUThrottlingRate`), in headless Debian Chromium; median of
 * several fresh pages. A benchmark, not a test: it prints, never asserts.
 * Targets (issue 18): first render < 200 ms at 4×, keystroke < 16 ms.
 *
 *   node scripts/bench-render.mjs [runs=7]   # after the build
 *
 * - script: evaluating dist/truongthon-candidate.iife.js (parse, compile, run, define);
 * - first render: createElement → attributes → append → the element's first update
 *   complete → the next animation frame (style, layout, paint);
 * - keystroke: an `input` event on the name field → check → render complete (median of 40).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const runs = Number(process.argv[2] ?? 7);
const code = readFileSync(fileURLToPath(new URL('../dist/truongthon-candidate.iife.js', import.meta.url)), 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const version = browser.version();
  console.log(`<truongthon-candidate> in Chromium ${version} (headless), median of ${runs} fresh pages`);
  console.log('| CPU | script | first render | keystroke |');
  console.log('|---|---|---|---|');
  for (const rate of [1, 4]) {
    const samples = { script: [], render: [], key: [] };
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.setContent('<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body><form></form></body></html>');
      const m = await page.evaluate(async (code) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        const t0 = performance.now();
        const script = document.createElement('script');
        script.textContent = code;
        document.head.append(script);
        const t1 = performance.now();
        const el = document.createElement('truongthon-candidate');
        el.setAttribute('election-date', '2026-06-14');
        el.setAttribute('province', '46');
        el.setAttribute('name', 'candidate');
        document.querySelector('form').append(el);
        await el.updateComplete;
        await frame();
        const t2 = performance.now();
        const input = el.shadowRoot.querySelector('#f-fullName');
        const keys = [];
        let text = '';
        for (const ch of 'Nguyễn Văn An Bình Minh Châu Đức Hùng Lan') {
          text += ch;
          const k0 = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          keys.push(performance.now() - k0);
        }
        return { script: t1 - t0, render: t2 - t1, key: keys };
      }, code);
      samples.script.push(m.script);
      samples.render.push(m.render);
      samples.key.push(median(m.key));
      await page.close();
    }
    const ms = (x) => `${x.toFixed(1)} ms`;
    console.log(`| ${rate}× | ${ms(median(samples.script))} | ${ms(median(samples.render))} | ${ms(median(samples.key))} |`);
  }
} finally {
  await browser.close();
}
