import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Io } from '../commands/common';
import { outputError, trackOutput } from '../commands/output';

/**
 * Lets the event loop turn between two documents: rendering and writing are
 * otherwise one long chain of promises, during which a signal (Ctrl-C) would
 * wait for the end of the run to be handled.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The files of one run of `truongthon documents`, written into a hidden
 * folder inside `--out-dir` and moved into place only by {@link commit},
 * once the run has completed: a run that fails leaves nothing behind (its
 * folder is removed by {@link abort}), never part of the documents.
 */
export class DocumentFolder {
  readonly #dir: string;
  readonly #stage: string;
  readonly #names: string[] = [];
  #done = false;
  #forget: () => void = () => {};

  private constructor(dir: string, stage: string) {
    this.#dir = dir;
    this.#stage = stage;
  }

  /** Creates `dir` if needed (a file there is an output error) and the hidden folder inside it. */
  static open(dir: string, io: Io): DocumentFolder {
    const target = resolve(dir);
    try {
      mkdirSync(target, { recursive: true });
      if (!statSync(target).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      const stage = join(target, `.truongthon-documents.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      mkdirSync(stage);
      const folder = new DocumentFolder(target, stage);
      // An error or a signal anywhere in the run removes the hidden folder (main's abortOutputs).
      folder.#forget = trackOutput(io, dir, () => folder.abort());
      return folder;
    } catch (error) {
      throw outputError(error, dir);
    }
  }

  /** Writes one file into the hidden folder. */
  write(name: string, bytes: Uint8Array | string): void {
    try {
      writeFileSync(join(this.#stage, name), bytes);
    } catch (error) {
      throw outputError(error, join(this.#dir, name));
    }
    this.#names.push(name);
  }

  /** Moves every file into `--out-dir` (the index last), then removes the hidden folder. */
  commit(): void {
    if (this.#done) return;
    // Nothing is moved unless everything can be: a folder in the way of one file fails the run before the first move.
    for (const name of this.#names) {
      const target = join(this.#dir, name);
      if (existsSync(target) && !lstatSync(target).isFile()) {
        this.abort();
        throw outputError({ code: 'EISDIR' }, target);
      }
    }
    try {
      for (const name of this.#names) renameSync(join(this.#stage, name), join(this.#dir, name));
    } catch (error) {
      this.abort();
      throw outputError(error, this.#dir);
    }
    this.#done = true;
    this.#forget();
    rmSync(this.#stage, { recursive: true, force: true });
  }

  /** Removes the hidden folder and what it holds (idempotent). */
  abort(): void {
    if (this.#done) return;
    this.#done = true;
    this.#forget();
    rmSync(this.#stage, { recursive: true, force: true });
  }
}
