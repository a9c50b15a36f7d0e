import type { Plugin } from 'esbuild';
export function stripNotes(filter?: RegExp): Plugin;
export function stripNotesSource(source: string, fileName?: string): string;
