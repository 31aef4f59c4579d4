import { createRequire } from 'node:module';

interface MatchOptions {
  sensitive?: boolean;
  strict?: boolean;
  end?: boolean;
  trailing?: boolean;
  delimiter?: string;
}
type PathToRegexp = (path: unknown, options?: MatchOptions) => { regexp: RegExp; keys: unknown[] };

let installed = false;

/**
 * express-openapi-validator 5.6 compiles a path-to-regexp matcher for every route of the contract on every
 * request while it looks for the operation (upstream: cdimascio/express-openapi-validator#1217, open). With
 * ~60 operations that was a tenth of the CPU an API request costs. This memoises `pathToRegexp` in the copy
 * the validator loads: a pure function of its arguments, and the regexps carry no state (no `g`/`y` flag).
 * Express' router loads the same copy and only compiles when routes are registered, so it is unaffected.
 */
export function cacheRouteMatchers(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'));
  const module = require('path-to-regexp') as { pathToRegexp: PathToRegexp };
  const compile = module.pathToRegexp;
  const cache = new Map<string, ReturnType<PathToRegexp>>();
  module.pathToRegexp = (path, options) => {
    if (typeof path !== 'string') return compile(path, options);
    const key = `${options?.sensitive}|${options?.strict}|${options?.end}|${options?.trailing}|${options?.delimiter}|${path}`;
    let compiled = cache.get(key);
    if (!compiled) {
      compiled = compile(path, options);
      // Bounded by the contract's paths × option sets; a guard in case a caller ever passes request paths.
      if (cache.size < 10_000) cache.set(key, compiled);
    }
    return compiled;
  };
}
