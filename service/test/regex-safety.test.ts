import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { contractRegexes, sourceRegexes, validatorFormat, type RegexSite } from './support/regex-inventory.ts';

// Every regular expression the service, the SDK or the widget applies — to request bodies, headers, file
// bytes, stored data or answers — and every `pattern`/`format` the request validator applies from
// openapi.yaml must run in linear time. recheck decides (automata theory, or fuzzing with its fixed seed
// where the automaton would be too large); it runs its native build when its platform package installed,
// else its pure-JS build, with the same answers.

/** RegExps built at run time that are allowed anyway, by `path` and the call as written, with the reason. */
const DYNAMIC_ALLOWED: Record<string, string> = {};

/** Formats whose check is code rather than a regex, allowed with the reason. */
const FORMAT_FUNCTIONS_ALLOWED: Record<string, string> = {};

const { literals, dynamic } = sourceRegexes();
const { patterns, formats } = contractRegexes();

const formatSites: RegexSite[] = [];
for (const name of formats) {
  const validate = validatorFormat(name);
  if (validate instanceof RegExp) formatSites.push({ where: `format ${name}`, source: validate.source, flags: validate.flags });
}

// One check per distinct regex; the test names every place it is written.
const distinct = new Map<string, { source: string; flags: string; where: string[] }>();
for (const site of [...literals, ...patterns, ...formatSites]) {
  const key = `/${site.source}/${site.flags}`;
  const entry = distinct.get(key) ?? { source: site.source, flags: site.flags, where: [] };
  entry.where.push(site.where);
  distinct.set(key, entry);
}

describe('regular expressions applied to untrusted input', () => {
  it('are found in the code and in the contract', () => {
    // The inventory reads the syntax tree; if it silently found nothing, every check below would pass.
    expect(literals.length).toBeGreaterThan(40);
    expect(literals.some((s) => s.where.startsWith('service/src/middleware/authenticate.ts'))).toBe(true);
    expect(literals.some((s) => s.where.startsWith('sdk/src/'))).toBe(true);
    expect(patterns.some((s) => s.source === '^prt_[0-9a-z]{32}$')).toBe(true);
    expect(formats).toEqual(expect.arrayContaining(['date-time', 'email', 'uri']));
  });

  it('are never built at run time (a RegExp from a string cannot be checked here)', () => {
    const unlisted = dynamic.filter((d) => DYNAMIC_ALLOWED[`${d.where.replace(/:\d+$/, '')} ${d.code}`] === undefined);
    expect(unlisted, 'write a literal, or list the call in DYNAMIC_ALLOWED with a reason').toEqual([]);
  });

  it('include every format the contract uses as a regex the checker can read', () => {
    const unreadable = formats
      .map((name) => ({ name, validate: validatorFormat(name) }))
      .filter(
        ({ name, validate }) => validate !== 'number' && !(validate instanceof RegExp) && FORMAT_FUNCTIONS_ALLOWED[name] === undefined,
      );
    expect(unreadable, 'a format checked by code (or unknown to the validator) needs a reason in FORMAT_FUNCTIONS_ALLOWED').toEqual([]);
  });

  it('would be caught: the SVG sniff of issue 11 is reported exponential', async () => {
    const diagnostics = await check('^<svg|^<\\?xml[^>]*>\\s*(<!--.*?-->\\s*)*<svg', 's');
    expect(diagnostics.status).toBe('vulnerable');
    expect(diagnostics.status === 'vulnerable' && diagnostics.complexity.type).toBe('exponential');
  });

  it.each([...distinct.entries()].map(([key, entry]) => [`${key} (${entry.where.join(', ')})`, entry] as const))(
    'run in linear time: %s',
    async (_label, { source, flags }) => {
      const diagnostics = await check(source, flags);
      const detail =
        diagnostics.status === 'vulnerable'
          ? `${diagnostics.complexity.type}, attack ${JSON.stringify(diagnostics.attack.pattern)}`
          : diagnostics.status === 'unknown'
            ? `undecided: ${diagnostics.error.kind}`
            : '';
      expect(diagnostics.status, detail).toBe('safe');
    },
    60_000,
  );
});
