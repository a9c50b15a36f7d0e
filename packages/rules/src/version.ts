import { version } from '../package.json';

/** Version of the rule set: the version of `@truongthon/rules` (copied into every result for audit). */
export const RULESET_VERSION: string = version;
