// ES modules with Lit and the SDK inside, minified and split: what the service serves at /widget.js, /console.js
// and /chunks/.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import ts from 'typescript';

// Lit's css`` and html`` templates reach the bundle as written, indentation and all; squeeze them. A css``
// template without interpolations (all of ours) loses its comments and the white space CSS does not need,
// wherever it is written (a .styles.ts file or a component's own styles). In an html`` template a run of white
// space that holds a line break renders as one space wherever white space collapses — everywhere in these
// templates: no <pre>, no <textarea> text, and the `pre-wrap` elements hold only an interpolation — so it
// becomes one space. The templates are found by TypeScript's parser, and only their literal text is touched,
// never the expressions.
const squeeze = {
  css: (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim(),
  html: (text) => text.replace(/\s*\n\s*/g, ' '),
};

function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/widget\/src\/.*\.ts$/.test(id) || !/(css|html)`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const texts = [];
      const visit = (node) => {
        const tag = ts.isTaggedTemplateExpression(node) ? node.tag.getText(file) : '';
        if (Object.hasOwn(squeeze, tag)) {
          const t = node.template;
          if (ts.isNoSubstitutionTemplateLiteral(t)) texts.push([t, squeeze[tag]]);
          // A css`` template with interpolations is left as it is; an html`` one is squeezed between them.
          else if (tag === 'html')
            for (const part of [t.head, ...t.templateSpans.map((span) => span.literal)]) texts.push([part, squeeze.html]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const [t, squeezed] of texts.sort(([a], [b]) => b.getStart(file) - a.getStart(file))) {
        // A template's literal text lies between its delimiters: ` or } before, ` or ${ after.
        const [start, end] = [t.getStart(file) + 1, t.getEnd() - (ts.isTemplateHead(t) || ts.isTemplateMiddle(t) ? 2 : 1)];
        out = out.slice(0, start) + squeezed(out.slice(start, end)) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * One build per entry, written to dist/ as ES modules: the entry as `widget.<hash>.js` (`<foyer-portal>`) or
 * `console.<hash>.js`, what it loads later (dynamic `import()`) as chunks under dist/chunks/, every name
 * content-hashed. Rollup writes the imports between them as relative URLs (`./chunks/…`, `../widget.<hash>.js`),
 * which a browser resolves against the importing script's own URL — so they load from the Foyer service
 * wherever the page is, also when the widget is embedded on another origin. The service serves dist/ as it
 * is laid out (the entry at `/widget.<hash>.js`, the chunks at `/chunks/…`): a chunk that imports from the
 * entry names the very URL the page loaded, so the entry runs once.
 */
const build = (input) => ({
  input,
  // The entry may export more than its source does (what its chunks import from it), rather than become a
  // facade re-exporting a chunk: one request less before the first screen.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: 'hidden',
    entryFileNames: (chunk) => `${chunk.name === 'foyer' ? 'widget' : chunk.name}.[hash:16].js`,
    chunkFileNames: 'chunks/[name].[hash:16].js',
    hashCharacters: 'hex',
  },
  plugins: [
    // `@foyer/source` resolves the SDK to its TypeScript sources, so no SDK build is needed first;
    // `production` always (the plugin would pick Lit's development build whenever NODE_ENV is set
    // otherwise, e.g. to `test` under vitest).
    nodeResolve({ exportConditions: ['@foyer/source', 'production', 'browser', 'import', 'default'], extensions: ['.ts', '.js'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    minifyTemplates(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      // Property names stay as written, our private `__x` ones too: shortening them the same way in every
      // chunk needed one name cache and every identifier of the build reserved (a short name picked in a
      // chunk could be one of Lit's own in the entry), and it won only 289 bytes of the whole widget min+gz
      // (47,583 → 47,294) and 234 of the console's (measured when dropped, see SIZES.md).
      format: { comments: false },
    }),
  ],
});

// `<foyer-portal>` and the console: two builds, so the portal never carries the console's code.
export default [build({ foyer: 'src/foyer.ts' }), build({ console: 'src/console.ts' })];
