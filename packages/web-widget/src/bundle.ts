/** Entry of the single-file ESM and IIFE builds: everything inside, elements registered on load. */
export * from './define';
