/** A message catalogue: stable code → template with `{param}` placeholders. */
export type Catalogue = Readonly<Record<string, string>>;

/** Languages truongthon ships; Vietnamese is the default everywhere. */
export type Lang = 'vi' | 'en';
