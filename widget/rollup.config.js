// ES modules with Lit and the SDK inside, minified: what the service serves at /widget.js and /console.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// Lit's css`` templates reach the bundle as written; squeeze their whitespace (they hold no backticks
// and no interpolations, so a regex is safe here).
function minifyCss() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return {
        code: code.replace(/css`([^`]*)`/g, (_, text) => {
          const min = text
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            .trim();
          return `css\`${min}\``;
        }),
        map: null,
      };
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
    minifyCss(),
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
