// custom-elements.json from the components' JSDoc (@summary, @event, @csspart, @cssproperty).
export default {
  globs: ['src/components/**/*.component.ts', 'src/console/**/*.component.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
