/**
 * Who hears of each file a save packs or a restore (or validate) unpacks: the CLI's progress line on a
 * terminal. Scoped to one call with AsyncLocalStorage, so that the save and restore need no option for
 * it and nothing else ever hears; outside such a call `fileDone` is one lookup that finds nobody.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const listener = new AsyncLocalStorage<() => void>();

/** Runs `fn` with `onFile` told of every file packed or unpacked inside it (none: just runs it). */
export function withFileProgress<T>(onFile: (() => void) | undefined, fn: () => Promise<T>): Promise<T> {
  return onFile ? listener.run(onFile, fn) : fn();
}

/** One more file packed or unpacked. */
export function fileDone(): void {
  listener.getStore()?.();
}
