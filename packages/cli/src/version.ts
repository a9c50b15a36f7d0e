import packageJson from '../package.json';

/** The version of `@truongthon/cli` (from its package.json). */
export const VERSION: string = packageJson.version;
