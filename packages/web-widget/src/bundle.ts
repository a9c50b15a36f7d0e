/** Entry of the single-file ESM and IIFE builds with both elements: everything inside, elements registered on load. */
export * from './define';
