import type { Plugin } from 'esbuild';
export function minifyTemplates(filter?: RegExp): Plugin;
export function minifyTemplateSource(source: string): string;
