// Layering rules, checked by `npm run lint:deps` (part of `npm test`):
//   depcruise service/src sdk/src widget/src --config .dependency-cruiser.cjs
// service/test/dependency-rules.test.ts shows each rule failing on a deliberate violation.
// README (Development, `npm run lint:deps`) says the same in prose. No known violations are carried: fix, don't baseline.

/** A module's HTTP face: `modules/<feature>/routes.ts` (or `<name>-routes.ts`). */
const ROUTES = '^service/src/modules/[^/]+/(routes|[a-z-]+-routes)\\.ts$';
/** Query building: kysely and the PostgreSQL drivers, and db/database.ts's query helpers. */
const SQL = ['(^|/)node_modules/(kysely|pg|pg-pool|pg-boss)/', '^service/src/db/database\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'routes-call-services',
      comment: 'Routes parse and respond; they reach the data through a service, never a repository (routes → service → repository → db).',
      severity: 'error',
      from: { path: ROUTES },
      to: { path: '^service/src/modules/[^/]+/repository\\.ts$' },
    },
    {
      name: 'no-sql-in-routes-or-middleware',
      comment: 'No query building in routes or middleware: queries live in repositories (type-only imports of Db/Executor are fine).',
      severity: 'error',
      from: { path: [ROUTES, '^service/src/middleware/'] },
      to: { path: SQL, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'layers-point-down',
      comment:
        'Nothing below the routes imports a routes file; only the composition roots (app.ts, run-service.ts, cli.ts) and other routes do.',
      severity: 'error',
      from: { path: '^service/src/(modules|authz|adapters|lib|db|middleware|errors)/', pathNot: ROUTES },
      to: { path: ROUTES },
    },
    {
      name: 'repositories-stay-down',
      comment: 'A repository is plain functions over Kysely | Transaction: it never calls a service, authorization or HTTP code.',
      severity: 'error',
      from: { path: '^service/src/modules/[^/]+/repository\\.ts$' },
      to: { path: ['^service/src/modules/[^/]+/service\\.ts$', '^service/src/(authz|middleware)/', 'node_modules/express/'] },
    },
    {
      name: 'adapters-and-lib-know-no-modules',
      comment: 'adapters/ (mail, storage, queue) and lib/ are below every feature: they never import modules/, not even types.',
      severity: 'error',
      from: { path: '^service/src/(adapters|lib)/' },
      to: { path: '^service/src/modules/' },
    },
    {
      name: 'authz-reads-through-repositories',
      comment: 'authz/ reads rows through the modules’ repositories: no query building of its own, and no services (they call authz).',
      severity: 'error',
      from: { path: '^service/src/authz/' },
      to: { path: [...SQL, '^service/src/modules/[^/]+/service\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'widget-uses-the-sdk-entry',
      comment: 'The widget is an SDK consumer like any other: it imports `@foyer/sdk` (sdk/src/index.ts), never a file inside it.',
      severity: 'error',
      from: { path: '^widget/src/' },
      to: { path: '^sdk/', pathNot: '^sdk/src/index\\.ts$' },
    },
    {
      name: 'no-runtime-cycles',
      comment: 'No import cycle that exists at run time (type-only edges are erased); a cycle makes load order decide behaviour.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'sdk-no-type-cycles',
      comment: 'The SDK has no import cycles at all, type-only ones included: its declaration files must read top-down.',
      severity: 'error',
      from: { path: '^sdk/src/' },
      to: { circular: true },
    },
    {
      name: 'resolvable',
      comment: 'Every import resolves; a rule above cannot check an import it cannot follow.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^[a-z-]+/dist/' },
    // Type-only imports count: the SDK rule is about them, and `dependencyTypesNot: ['type-only']` relies on them.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      // Workspace packages resolve to their TypeScript sources, as in the tests and the typecheck.
      conditionNames: ['@foyer/source', 'import', 'types', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
  },
};
