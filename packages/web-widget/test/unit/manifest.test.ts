import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const url = new URL('../../dist/custom-elements.json', import.meta.url);

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}

function elements(): Map<string, Declaration> {
  if (!existsSync(url)) throw new Error('dist/custom-elements.json is missing: run `npm run build` first (turbo runs it before test:unit).');
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const found = new Map<string, Declaration>();
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.tagName) found.set(declaration.tagName, declaration);
  return found;
}

describe('Custom Elements Manifest (dist/custom-elements.json)', () => {
  it('lists <truongthon-candidate> with its attributes, events, parts and custom properties', () => {
    const candidate = elements().get('truongthon-candidate');
    expect(candidate).toBeDefined();
    expect(candidate!.attributes!.map((attribute) => attribute.name).sort()).toEqual(['election-date', 'hide-policy', 'lang', 'mirror-input', 'name', 'province', 'require-eligible', 'unit-kind']);
    expect(candidate!.events!.map((event) => event.name).sort()).toEqual(['change', 'input', 'truongthon-change', 'truongthon-verdict']);
    expect(candidate!.cssParts!.map((part) => part.name)).toEqual(expect.arrayContaining(['form', 'input', 'error', 'summary', 'result', 'verdict', 'finding', 'citation', 'missing']));
    expect(candidate!.cssProperties!.map((property) => property.name)).toEqual(expect.arrayContaining(['--truongthon-accent', '--truongthon-error']));
    const publicMembers = candidate!.members!.filter((member) => member.privacy === undefined || member.privacy === 'public').map((member) => member.name);
    expect(publicMembers).toEqual(expect.arrayContaining(['value', 'result', 'electionDate', 'province', 'name', 'requireEligible', 'checkValidity', 'reportValidity', 'form', 'overlays']));
  });

  it('lists <truongthon-election> with its attributes, events, parts and custom properties', () => {
    const election = elements().get('truongthon-election');
    expect(election).toBeDefined();
    expect(election!.attributes!.map((attribute) => attribute.name).sort()).toEqual(['allow-inconsistent', 'lang', 'meeting-date', 'mirror-input', 'name', 'province', 'unit-kind']);
    expect(election!.events!.map((event) => event.name).sort()).toEqual(['truongthon-change', 'truongthon-result']);
    expect(election!.cssParts!.map((part) => part.name)).toEqual(
      expect.arrayContaining(['form', 'input', 'error', 'summary', 'result', 'outcome', 'quorum', 'shares', 'finding', 'citation', 'steps', 'step', 'row', 'add', 'remove', 'download']),
    );
    expect(election!.cssProperties!.map((property) => property.name)).toEqual(expect.arrayContaining(['--truongthon-accent', '--truongthon-ok', '--truongthon-error']));
    const publicMembers = election!.members!.filter((member) => member.privacy === undefined || member.privacy === 'public').map((member) => member.name);
    expect(publicMembers).toEqual(
      expect.arrayContaining(['value', 'result', 'meetingDate', 'province', 'name', 'allowInconsistent', 'defaultValue', 'focusField', 'checkValidity', 'reportValidity', 'form', 'overlays']),
    );
    // Private state and helpers stay out of the public API.
    expect(publicMembers).not.toEqual(expect.arrayContaining(['draft']));
  });

  it('lists only the registered elements', () => {
    expect([...elements().keys()].sort()).toEqual(['truongthon-candidate', 'truongthon-election']);
  });

  it('is referenced by package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { customElements: string; exports: Record<string, unknown> };
    expect(pkg.customElements).toBe('dist/custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).toBe('./dist/custom-elements.json');
  });
});
