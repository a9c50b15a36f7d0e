import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// One clean before both builds run side by side (each config's own `clean` would race the other).
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

const common: Options = { format: ['esm'], sourcemap: true, target: 'node20', platform: 'node', treeshake: true };

export default defineConfig([
  {
    // The programmatic API: a library, whose dependencies stay dependencies.
    ...common,
    // `@truongthon/cli/docx`: the DOCX renderer alone, browser-safe (the election widget's download bundles it).
    entry: { index: 'src/index.ts', docx: 'src/docx.ts' },
    dts: { entry: { index: 'src/index.ts', docx: 'src/docx.ts' } },
  },
  {
    // The binary: an application, bundled into one module with what it always loads (core, rules, zod,
    // commander, csv-parse, csv-stringify, picocolors), which starts ~70 ms sooner than resolving and
    // compiling those packages' many modules on every run. exceljs and cli-progress are loaded only when
    // needed (XLSX, a terminal), from node_modules.
    ...common,
    entry: { bin: 'src/bin.ts' },
    noExternal: ['@truongthon/core', '@truongthon/rules', 'zod', 'commander', 'csv-parse', 'csv-stringify', 'picocolors'],
    external: ['exceljs', 'cli-progress'],
    // commander is CommonJS: its require() calls of Node's built-ins need a real require in an ES module.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  },
]);
