// Types for node-flags.mjs, which runs before anything is compiled and so is plain JavaScript.

/** The flags `npm start` adds unless NODE_OPTIONS or `npm start -- …` sets the same flag. */
export const DEFAULT_NODE_FLAGS: readonly string[];
/** Absolute path of the compiled server (`service/dist/server.js`). */
export const SERVER_ENTRY: string;
/** The defaults that `nodeOptions` and `extra` leave unset, then `extra`. */
export function nodeFlags(extra?: readonly string[], nodeOptions?: string): string[];
/** {@link nodeFlags}, then {@link SERVER_ENTRY}: arguments for `spawn(process.execPath, …)`. */
export function serverArgs(extra?: readonly string[], nodeOptions?: string): string[];
