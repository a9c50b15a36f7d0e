/**
 * Shared test settings. The `@truongthon/source` export condition makes every
 * package resolve its workspace siblings to their TypeScript sources, so tests
 * and type checks need no prior build (the TanStack pattern).
 */
export const sourceConditions = ['@truongthon/source', 'module', 'node', 'import', 'default'];
