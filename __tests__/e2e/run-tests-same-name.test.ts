/**
 * Tests that share a name (att-samename): two crates' `tests::it_works` (and `tests/it.rs`), two go packages'
 * `TestFoo`, two jest or mocha files' same title, pytest's `tests/a/test_x.py::test_y` and `tests/b/...`, one of
 * each pair broken (or flaky) and the other passing, through the real `dist/run.js` with the real runners. What
 * must hold: the broken one stays red and is named as itself; a flake is keyed as itself, never by a key the
 * other test shares (its flaky history and quarantine would answer for both); where the runner's output cannot
 * tell the two apart (mocha's console, two crates' integration test files of one name), the re-run by the name
 * runs both and a failure of either is the key's, and the key is never quarantined or kept in the flaky history.
 * Needs a built dist (`flock /tmp/build.lock npm run build`).
 */
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { CARGO_ENV, goEnv, JEST, JEST_PACKAGE, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };
const TWIN_WHY =
  "the step's output shows a test of this name both failed and passed: two tests share it, and a re-run by that name may run only the passing one";
const linkNodeModules = (dir: string): void =>
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));

/** A body that fails on its first run only: a marker file beside the test's own crate, package or file. */
const RUST = {
  broken: 'assert_eq!(1, 2, "broken for good");',
  passes: 'assert_eq!(1, 1);',
  flaky:
    'let m = concat!(env!("CARGO_MANIFEST_DIR"), "/.ran-once"); let first = !std::path::Path::new(m).exists(); std::fs::write(m, "").unwrap(); assert!(!first, "fails on its first run");',
};

function cargoWorkspace(a: string, b: string): Record<string, string> {
  const files: Record<string, string> = {
    'Cargo.toml': '[workspace]\nmembers = ["a", "b"]\nresolver = "2"\n',
  };
  for (const [crate, body] of [
    ['a', a],
    ['b', b],
  ] as const) {
    files[`${crate}/Cargo.toml`] = `[package]\nname = "${crate}"\nversion = "0.1.0"\nedition = "2021"\n`;
    files[`${crate}/src/lib.rs`] =
      `#[cfg(test)]\nmod tests {\n    #[test]\n    fn it_works() { ${body} }\n}\n`;
  }
  return files;
}

describeIfRunner('cargo', 'cargo: two crates each with tests::it_works', () => {
  const run = { run: 'cargo test --offline --workspace --no-fail-fast' };
  it("a's is broken, b's passes: red, named as a's, and the re-run selects it by name", async () => {
    const r = await testStep(cargoWorkspace(RUST.broken, RUST.passes), run, { ...PR, env: CARGO_ENV });
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain("--exact 'tests::it_works'");
    expect(r.outputs).toMatchObject({
      'failed-tests': 'cargo:src/lib.rs::tests::it_works[a]',
      'flaky-tests': '',
    });
  });

  it("a's passes, b's flakes: green, and the flake is b's own key, not one a's test shares", async () => {
    const r = await testStep(cargoWorkspace(RUST.passes, RUST.flaky), run, { ...PR, env: CARGO_ENV });
    expect(r.conclusion).toBe('success');
    expect(r.outputs).toMatchObject({
      'failed-tests': '',
      'flaky-tests': 'cargo:src/lib.rs::tests::it_works[b]',
    });
    expect(r.records[0]?.tests).toEqual([
      {
        id: { runner: 'cargo', suite: 'src/lib.rs', name: 'tests::it_works', params: 'b' },
        outcome: 'flaky',
        retries: 1,
      },
    ]);
  });

  it("a's is broken and b's flakes: a's is red and b's flaky, each under its own key", async () => {
    const r = await testStep(cargoWorkspace(RUST.broken, RUST.flaky), run, { ...PR, env: CARGO_ENV });
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'cargo:src/lib.rs::tests::it_works[a]',
      'flaky-tests': 'cargo:src/lib.rs::tests::it_works[b]',
    });
  });
});

describeIfRunner(
  'cargo',
  'cargo: two crates each with tests/it.rs::it_int (a test binary named it in both)',
  () => {
    it("a's is broken, b's passes: shown failed and passed, not re-run (a twin), red, and kept out of the flaky history", async () => {
      const files = cargoWorkspace(RUST.passes, RUST.passes);
      files['a/tests/it.rs'] = `#[test]\nfn it_int() { ${RUST.broken} }\n`;
      files['b/tests/it.rs'] = `#[test]\nfn it_int() { ${RUST.passes} }\n`;
      const r = await testStep(
        files,
        { run: 'cargo test --offline --workspace --no-fail-fast' },
        { ...PR, env: CARGO_ENV },
      );
      expect(r.conclusion).toBe('failure');
      expect(r.log).not.toContain("--exact 'it_int'");
      expect(r.log).toContain(
        'ci-recovery: cargo:tests/it.rs::it_int[it]: the output shows more than one test of this name',
      );
      expect(r.outputs).toMatchObject({ 'failed-tests': 'cargo:tests/it.rs::it_int[it]', 'flaky-tests': '' });
      expect(r.records[0]?.tests).toEqual([
        {
          id: { runner: 'cargo', suite: 'tests/it.rs', name: 'it_int', params: 'it' },
          outcome: 'failed',
          retries: 0,
          notRerun: TWIN_WHY,
          sharedName: true,
        },
      ]);
    });
  },
);

function goPackages(a: string, b: string): Record<string, string> {
  const test = (pkg: string, body: string): string =>
    `package ${pkg}\nimport (\n\t"os"\n\t"testing"\n)\nvar _ = os.Stat\nfunc TestFoo(t *testing.T) {\n\t${body}\n}\n`;
  return {
    'go.mod': 'module example.com/demo\n\ngo 1.19\n',
    'a/a_test.go': test('a', a),
    'b/b_test.go': test('b', b),
  };
}
const GO = {
  broken: 't.Fatal("broken for good")',
  passes: '',
  flaky:
    'if _, err := os.Stat(".ran-once"); err != nil {\n\t\tos.WriteFile(".ran-once", nil, 0o644)\n\t\tt.Fatal("fails on its first run")\n\t}',
};

describeIfRunner('go', 'go: two packages each with TestFoo', () => {
  it("a's is broken, b's flakes: each judged in its own package", async () => {
    const r = await testStep(
      goPackages(GO.broken, GO.flaky),
      { run: 'go test ./...' },
      { ...PR, env: goEnv() },
    );
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain("-run '^TestFoo$' 'example.com/demo/a'");
    expect(r.log).toContain("-run '^TestFoo$' 'example.com/demo/b'");
    expect(r.outputs).toMatchObject({
      'failed-tests': 'go:example.com/demo/a::TestFoo',
      'flaky-tests': 'go:example.com/demo/b::TestFoo',
    });
  });
});

const JS = {
  broken: 'throw new Error("broken for good");',
  passes: '',
  flaky:
    'const fs = require("fs"); const m = __filename + ".ran-once"; const first = !fs.existsSync(m); fs.writeFileSync(m, ""); if (first) throw new Error("fails on its first run");',
};
const jsFile = (test: 'it' | 'test', body: string): string =>
  `describe('suite', () => { ${test}('works', () => { ${body} }); });\n`;

describe('jest: two files with the same describe > it', () => {
  it("a's is broken, b's flakes: each under its own file's key", async () => {
    const r = await testStep(
      { ...JEST_PACKAGE, 'a/x.test.js': jsFile('test', JS.broken), 'b/x.test.js': jsFile('test', JS.flaky) },
      { run: `${JEST} --ci` },
      PR,
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'jest:a/x.test.js::suite › works',
      'flaky-tests': 'jest:b/x.test.js::suite › works',
    });
  });
});

describe('mocha: two files with the same full title', () => {
  const step = (a: string, b: string) =>
    testStep(
      { 'test/a.spec.js': jsFile('it', a), 'test/b.spec.js': jsFile('it', b) },
      { run: 'npx mocha test/a.spec.js test/b.spec.js' },
      { ...PR, prepare: linkNodeModules },
    );
  it("a's is broken, b's passes: red", async () => {
    const r = await step(JS.broken, JS.passes);
    expect(r.conclusion).toBe('failure');
    expect(r.outputs['failed-tests']).toBe('mocha:::suite works');
  });
  // The output shows the title failed and passed: a re-run by it may run only the passing test (the failed one
  // defined on the first run only: run-tests-twins.test.ts), so a flake of it cannot be told from a broken twin.
  it("a's passes, b's flakes: shown failed and passed, not re-run (a twin), red, and kept out of the flaky history", async () => {
    const r = await step(JS.passes, JS.flaky);
    expect(r.conclusion).toBe('failure');
    expect(r.log).not.toContain("--grep '^(suite works)$'");
    expect(r.log).toContain(
      'ci-recovery: mocha:::suite works: the output shows more than one test of this name (which one failed cannot be told)',
    );
    expect(r.outputs).toMatchObject({ 'flaky-tests': '', 'failed-tests': 'mocha:::suite works' });
    expect(r.records[0]?.tests).toEqual([
      {
        id: { runner: 'mocha', suite: '', name: 'suite works' },
        outcome: 'failed',
        retries: 0,
        notRerun: TWIN_WHY,
        sharedName: true,
      },
    ]);
  });
});

const PY = {
  broken: 'assert 1 == 2, "broken for good"',
  passes: 'pass',
  flaky:
    'import os\n    m = __file__ + ".ran-once"\n    first = not os.path.exists(m)\n    open(m, "w").close()\n    assert not first, "fails on its first run"',
};

describeIfRunner('pytest', 'pytest: tests/a/test_x.py::test_y and tests/b/test_x.py::test_y', () => {
  const files = (a: string, b: string, packages: boolean, cls = false): Record<string, string> => {
    const text = (body: string): string =>
      cls
        ? `class TestC:\n  def test_y(self):\n    ${body.replace(/\n {4}/g, '\n    ')}\n`
        : `def test_y():\n    ${body}\n`;
    return {
      'tests/a/test_x.py': text(a),
      'tests/b/test_x.py': text(b),
      ...(packages ? { 'tests/__init__.py': '', 'tests/a/__init__.py': '', 'tests/b/__init__.py': '' } : {}),
    };
  };
  it.each([
    ['packages', true, 'python3 -m pytest -p no:cacheprovider tests', false],
    [
      '--import-mode=importlib',
      false,
      'python3 -m pytest -p no:cacheprovider --import-mode=importlib tests',
      false,
    ],
    ['a class TestC in each', true, 'python3 -m pytest -p no:cacheprovider tests', true],
  ])("%s: a's is broken, b's flakes: each under its own node id", async (_label, packages, run, cls) => {
    const r = await testStep(files(PY.broken, PY.flaky, packages, cls), { run }, PR);
    const name = cls ? 'TestC::test_y' : 'test_y';
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': `pytest:tests/a/test_x.py::${name}`,
      'flaky-tests': `pytest:tests/b/test_x.py::${name}`,
    });
  });
});
