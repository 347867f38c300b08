/**
 * The layers of ARCHITECTURE.md, enforced: a module may import its own layer and the
 * layers below it, never one above, and no import cycle anywhere. `npm run lint` runs it;
 * CI fails on any violation. Test files are outside the rules (a test may use anything).
 */
const LAYERS = [
  ['leaves', '^src/(errors|random|package-root|text|loopback)\\.ts$|^src/yaml/'],
  ['keys and signing', '^src/(keys|sign)/'],
  ['spec', '^src/spec/'],
  ['cases and checks', '^src/(cases|checks)/'],
  ['client', '^src/client/'],
  ['engine', '^src/engine/'],
  ['report, exploration, pact, spec check', '^src/(report|explore|pact|spec-check)/'],
  ['conformance run, self-check', '^src/(conformance|selfcheck)/'],
  ['front ends: cli, vitest adapter, public entry', '^src/(cli|vitest)/|^src/index\\.ts$'],
];

const above = (i) =>
  LAYERS.slice(i + 1)
    .map(([, path]) => path)
    .join('|');

const layerRules = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-upward-import-from-${name.replace(/[^a-z]+/g, '-')}`,
  comment: `${name} imports only itself and the layers below it (ARCHITECTURE.md)`,
  severity: 'error',
  from: { path },
  to: { path: above(i) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'modules that import each other in a loop are one idea split in two, or a layer upside down',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'emulator-stands-alone',
      comment: 'the emulator uses the spec, keys and signing only: never the client, the engine, a run or the CLI',
      severity: 'error',
      from: { path: '^emulator/' },
      to: { path: '^src/(?!(errors|random|package-root|text|loopback)\\.ts$|yaml/|keys/|sign/|spec/)|^generators/' },
    },
    {
      name: 'generators-from-the-spec',
      comment: 'generators derive cases from the spec: spec, cases, keys and leaves only',
      severity: 'error',
      from: { path: '^generators/' },
      to: { path: '^src/(?!(errors|random|package-root|text|loopback)\\.ts$|yaml/|keys/|spec/|cases/)|^emulator/' },
    },
    {
      name: 'only-front-ends-start-the-emulator',
      comment: 'below the conformance run, nothing knows the emulator exists',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(conformance|selfcheck|cli|vitest)/|^src/index\\.ts$' },
      to: { path: '^emulator/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|^test/|^bench/|^dist/' },
    tsPreCompilationDeps: true,
    parser: 'swc',
  },
};
