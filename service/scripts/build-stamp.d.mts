// Types for build-stamp.mjs, which runs before anything is compiled and so is plain JavaScript.

/** What service/dist depends on. */
export const BUILD_INPUTS: readonly string[];
/** The file whose mtime is the start of the last finished build. */
export const BUILD_STAMP: string;
/** Newest mtime (ms) of a file, or of a directory and everything under it (`*.test.ts` excluded); 0 if missing. */
export function newestMtime(path: string): number;
/** Whether `output` or `stamp` is missing, or an input changed after the last build started. */
export function isStale(paths?: { inputs?: readonly string[]; stamp?: string; output?: string }): boolean;
/** Dates `stamp` at the start of the build that just finished. */
export function markBuilt(startedAtMs: number, stamp?: string): void;
