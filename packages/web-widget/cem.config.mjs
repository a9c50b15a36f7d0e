/** Custom Elements Manifest (`dist/custom-elements.json`) from the element sources and their JSDoc tags. */
export default {
  globs: ['src/candidate.ts', 'src/election.ts', 'src/form-associated.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
