// ES modules with Lit and the SDK inside, minified: what the service serves at /widget.js and /console.js.
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

/** One self-contained bundle per entry: the service serves each as a single file. */
const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: 'hidden' },
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
      // Private fields named `__x` are internal to the bundle: safe to shorten.
      mangle: { properties: { regex: /^__/ } },
      format: { comments: false },
    }),
  ],
});

// `<foyer-portal>` (/widget.js) and the console (/console.js): two bundles, so the portal never carries the console.
export default [bundle('src/foyer.ts', 'dist/foyer.js'), bundle('src/console.ts', 'dist/console.js')];
