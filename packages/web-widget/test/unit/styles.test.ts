import { describe, expect, it } from 'vitest';
import { baseStyles } from '../../src/styles';

/*
 * The colours follow the page's color-scheme through light-dark(). A browser
 * without it (Chrome before 123, Safari before 17.5) would drop every such
 * value and lose the error, warning and focus colours: each one has its light
 * value again under `@supports not (color: light-dark(…))`. Chromium in the
 * browser tests has light-dark(), so this is checked on the style sheet.
 */
describe('colours without light-dark()', () => {
  const text = baseStyles.cssText;
  const themed = [...text.matchAll(/(--_[a-z-]+):\s*var\((--truongthon-[a-z-]+),\s*light-dark\((#[0-9a-f]{3,6}),\s*#[0-9a-f]{3,6}\)\)/gu)];
  const fallback = text.slice(text.indexOf('@supports not (color: light-dark('));

  it('the sheet has themed colours and a fallback block', () => {
    expect(themed.length).toBeGreaterThanOrEqual(5);
    expect(text).toContain('@supports not (color: light-dark(');
  });

  it('every light-dark() colour has its light value in the fallback, behind the same custom property', () => {
    for (const [, local, custom, light] of themed) expect(fallback, local).toContain(`${local}: var(${custom}, ${light})`);
  });
});
