import { fillTemplate, type Lang } from '@truongthon/rules';
import { en } from './en';
import { type UiKey, vi } from './vi';

export type { UiKey } from './vi';

const UI: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = { vi, en };

/** Fills `{name}` placeholders from `params` as the rules' messages are filled (`fillTemplate`: decimal comma and dd/MM/yyyy in Vietnamese, English plurals). */
export function fill(lang: Lang, template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(template, params, lang);
}

/** A text of the widget's chrome (shared and candidate form), with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(lang, UI[lang][key], params);
}

/** Reads a BCP 47 tag as one of the shipped languages: `en…` is English, anything else Vietnamese. */
export function toLang(tag: string | null | undefined): Lang {
  return tag != null && /^en\b/iu.test(tag.trim()) ? 'en' : 'vi';
}

/** Every UI key, for tests. */
export const UI_KEYS = Object.keys(vi) as UiKey[];
export { UI };
