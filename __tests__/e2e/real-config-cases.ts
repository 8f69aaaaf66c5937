/**
 * Real tools refusing their invocation, environment or paths, as a misconfigured workflow makes them fail (issue
 * 68, config), and the look-alikes that are not config. Each case is a `run:` step in a temporary project, run by
 * `real-steps.ts`; `type` is what a person would label it. Nothing here is the tools' bytes: they print what they
 * print on this machine.
 */
import type { FailureType } from '../../src/core/types.js';

export interface RealCase {
  name: string;
  type: FailureType;
  /** The step's script. */
  run: string;
  /** The project's files before the step. */
  files?: Record<string, string>;
  /** A runner this case needs (see __tests__/runners.ts). */
  needs?: 'pytest' | 'go' | 'cargo' | 'mvn';
  /**
   * The project's node_modules is a link to this repository's, as after `npm ci` (`npx` finds its tools there, a
   * CLI its commander or yargs). Never on a case that installs: npm would prune the repository's node_modules.
   */
  modules?: true;
  /** The case needs a local HTTP remote answering 401 (its URL in $REMOTE_URL). */
  remote401?: true;
}

const pkg = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'app', version: '1.0.0', private: true, ...extra }, null, 2);
const GO_MOD = 'module example.com/app\n\ngo 1.19\n';
const GO_TEST = 'package app\n\nimport "testing"\n\nfunc TestOk(t *testing.T) {}\n';
const CARGO = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';
const POM =
  '<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version></project>\n';

export const REAL_CASES: RealCase[] = [
  // usage errors: an option or command the tool does not have
  {
    name: 'npm, an unknown command',
    type: 'config',
    run: 'npm frobnicate',
    files: { 'package.json': pkg() },
  },
  {
    name: 'pytest, an unknown option',
    type: 'config',
    run: 'python3 -m pytest --frobnicate',
    needs: 'pytest',
    files: { 'test_a.py': 'def test_a():\n    pass\n' },
  },
  {
    name: 'go test, an unknown flag',
    type: 'config',
    run: 'go test -frobnicate ./...',
    needs: 'go',
    files: { 'go.mod': GO_MOD, 'a_test.go': GO_TEST },
  },
  {
    name: 'cargo test, an unknown option',
    type: 'config',
    run: 'cargo test --frobnicate',
    needs: 'cargo',
    files: { 'Cargo.toml': CARGO, 'src/lib.rs': '' },
  },
  {
    name: 'mvn, an unknown lifecycle phase',
    type: 'config',
    run: 'mvn -B -o frobnicate',
    needs: 'mvn',
    files: { 'pom.xml': POM },
  },
  {
    name: 'tsc, an unknown compiler option',
    type: 'config',
    modules: true,
    run: 'npx tsc --frobnicate',
    files: { 'a.ts': 'export const a = 1;\n' },
  },
  {
    name: 'eslint, an unknown option',
    type: 'config',
    modules: true,
    run: 'npx eslint --frobnicate .',
    files: { 'eslint.config.js': 'export default [];\n', 'package.json': pkg({ type: 'module' }) },
  },
  {
    name: 'jest, an unknown option',
    type: 'config',
    modules: true,
    run: 'npx jest --frobnicate',
    files: { 'a.test.js': "test('a', () => {});\n", 'package.json': pkg() },
  },
  {
    name: 'mocha, an unknown reporter',
    type: 'config',
    modules: true,
    run: 'npx mocha --reporter frobnicate',
    files: { 'test/a.js': "it('a', () => {});\n", 'package.json': pkg() },
  },
  {
    name: 'mocha, an unknown ui',
    type: 'config',
    modules: true,
    run: 'npx mocha --ui frobnicate',
    files: { 'test/a.js': "it('a', () => {});\n", 'package.json': pkg() },
  },
  {
    name: 'vitest, an unknown option',
    type: 'config',
    modules: true,
    run: 'npx vitest run --frobnicate',
    files: {
      'a.test.js': "import { test } from 'vitest';\ntest('a', () => {});\n",
      'package.json': pkg({ type: 'module' }),
    },
  },
  {
    name: 'pnpm, an unknown option',
    type: 'config',
    run: 'pnpm install --frobnicate',
    files: { 'package.json': pkg() },
  },
  { name: 'git, an unknown command', type: 'config', run: 'git frobnicate', files: {} },
  {
    name: 'git, an unknown option',
    remote401: true,
    type: 'config',
    run: 'git clone --depht 1 "$REMOTE_URL" app',
    files: {},
  },
  {
    name: 'tar, an unknown option',
    type: 'config',
    run: 'tar --frobnicate -czf out.tgz .',
    files: { 'a.txt': 'a\n' },
  },
  {
    name: 'python argparse, an unknown option',
    type: 'config',
    run: 'python3 tools/release.py --frobnicate',
    files: {
      'tools/release.py':
        "import argparse\np = argparse.ArgumentParser()\np.add_argument('--tag')\np.parse_args()\n",
    },
  },
  {
    name: 'a commander CLI, an unknown option',
    type: 'config',
    run: 'node cli.cjs --frobnicate',
    modules: true,
    files: {
      'cli.cjs':
        "const { Command } = require('commander');\nconst program = new Command();\nprogram.option('--env <name>');\nprogram.parse(process.argv);\n",
    },
  },
  {
    name: 'a yargs CLI, an unknown option',
    type: 'config',
    run: 'node cli.mjs --frobnicate',
    modules: true,
    files: {
      'cli.mjs':
        "import yargs from 'yargs';\nimport { hideBin } from 'yargs/helpers';\nyargs(hideBin(process.argv)).option('env', { type: 'string' }).strict().parse();\n",
    },
  },
  // a script or manifest the step names is not there
  {
    name: 'npm run, a missing script',
    type: 'config',
    run: 'npm run nope',
    files: { 'package.json': pkg({ scripts: { test: 'true' } }) },
  },
  { name: 'npm ci without a lockfile', type: 'config', run: 'npm ci', files: { 'package.json': pkg() } },
  {
    name: 'go test without go.mod',
    type: 'config',
    run: 'go test ./...',
    needs: 'go',
    files: { 'a_test.go': GO_TEST },
  },
  {
    name: 'cargo without Cargo.toml',
    type: 'config',
    run: 'cargo test',
    needs: 'cargo',
    files: { 'src/lib.rs': '' },
  },
  { name: 'mvn without pom.xml', type: 'config', run: 'mvn -B -o test', needs: 'mvn', files: {} },
  {
    name: 'pip install -e . in a directory with neither setup.py nor pyproject.toml',
    type: 'config',
    run: 'python3 -m pip install --no-index --no-build-isolation -e .',
    needs: 'pytest',
    files: { 'src/app/__init__.py': '' },
  },
  {
    // No loader for the source: Node 20 reads no TypeScript, and Node 22.18+ strips types from .ts but reads no .tsx.
    name: 'node src/cli.tsx in a package of type module (no TypeScript loader)',
    type: 'config',
    run: 'node src/cli.tsx',
    files: {
      'package.json': pkg({ type: 'module' }),
      'src/cli.tsx': 'const a: number = 1;\nconsole.log(a);\n',
    },
  },
  {
    name: 'pytest on a missing path',
    type: 'config',
    run: 'python3 -m pytest tests/unit',
    needs: 'pytest',
    files: { 'test_a.py': 'def test_a():\n    pass\n' },
  },
  {
    name: 'pytest -c, a configuration file that is not there',
    type: 'config',
    run: 'python3 -m pytest -c pytest.ci.ini',
    needs: 'pytest',
    files: { 'test_a.py': 'def test_a():\n    pass\n' },
  },
  {
    name: 'pytest, a test opening a fixture file that is not there (look-alike)',
    type: 'test',
    run: 'python3 -m pytest',
    needs: 'pytest',
    files: {
      'test_a.py': "def test_reads():\n    with open('fixtures/data.ini') as f:\n        assert f.read()\n",
    },
  },
  // the tool's version or the machine's does not meet what the project requires
  {
    name: 'npm engine-strict, EBADENGINE',
    type: 'config',
    run: 'npm install --offline',
    files: { 'package.json': pkg({ engines: { node: '>=99' } }), '.npmrc': 'engine-strict=true\n' },
  },
  {
    name: "go.mod's toolchain directive on an older go",
    type: 'config',
    run: 'go test ./...',
    needs: 'go',
    files: { 'go.mod': 'module example.com/app\n\ngo 1.99\n\ntoolchain go1.99.1\n', 'a_test.go': GO_TEST },
  },
  {
    name: "Cargo's rust-version",
    type: 'config',
    run: 'cargo test',
    needs: 'cargo',
    files: { 'Cargo.toml': `${CARGO}rust-version = "1.999"\n`, 'src/lib.rs': '' },
  },
  // the shell's verdict on the step's script
  {
    name: 'bash, a syntax error',
    type: 'config',
    run: 'if [ -n "$CI" ]; then\n  echo building\n',
    files: {},
  },
  {
    name: 'bash, yarn not installed (127)',
    type: 'config',
    run: 'yarn install --frozen-lockfile',
    files: { 'package.json': pkg() },
  },
  { name: 'bash, gradle not installed (127)', type: 'config', run: 'gradle build --no-daemon', files: {} },
  {
    name: 'bash, a script not executable (126)',
    type: 'config',
    run: './scripts/build.sh',
    files: { 'scripts/build.sh': '#!/bin/sh\necho built\n' },
  },
  {
    name: 'bash, set -u and an unset variable',
    type: 'config',
    run: 'set -u\necho "deploying to $DEPLOY_TARGET"',
    files: {},
  },
  {
    name: 'bash, a pipe failing under pipefail',
    type: 'config',
    run: 'set -o pipefail\ncat build/version.txt | tr -d "\\n" > VERSION',
    files: {},
  },
  { name: 'timeout, exit 124', type: 'timeout', run: 'timeout 1 sleep 10', files: {} },
  // a path the workflow names is not there
  { name: 'tar of a missing path', type: 'config', run: 'tar -czf release.tgz dist', files: {} },
  { name: 'zip of a missing path', type: 'config', run: 'zip -r release.zip dist', files: {} },
  { name: 'unzip of a missing archive', type: 'config', run: 'unzip -q build-output.zip -d out', files: {} },
  {
    name: 'cp of a missing file',
    type: 'config',
    run: 'cp build/app.jar release/',
    files: { 'release/.keep': '' },
  },
  { name: 'cd into a missing directory', type: 'config', run: 'cd packages/web\nnpm test', files: {} },
  {
    name: 'a glob that matches nothing',
    type: 'config',
    run: 'mkdir -p wheelhouse\ncp dist/*.whl wheelhouse/',
    files: {},
  },
  // an environment variable or credential the job does not have
  {
    name: "a script's own message on a missing variable",
    type: 'config',
    run: 'node scripts/deploy.mjs',
    files: {
      'scripts/deploy.mjs':
        "const token = process.env.DEPLOY_TOKEN;\nif (!token) {\n  console.error('Error: DEPLOY_TOKEN environment variable is not set');\n  process.exit(1);\n}\n",
    },
  },
  {
    name: 'git, a username asked for with prompts off',
    type: 'config',
    run: 'git ls-remote "$REMOTE_URL"',
    files: {},
    remote401: true,
  },
  // look-alikes that are not config
  {
    name: 'tsc, a type error',
    type: 'build',
    modules: true,
    run: 'npx tsc -p .',
    files: {
      // Only its own file and no @types: tsc in a project whose node_modules is this repository's.
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, outDir: 'out', types: [], skipLibCheck: true },
        files: ['a.ts'],
      }),
      'a.ts': "export const n: number = 'one';\n",
    },
  },
  {
    name: 'jest, a failing test',
    type: 'test',
    modules: true,
    run: 'npx jest',
    files: { 'sum.test.js': "test('adds', () => { expect(1 + 1).toBe(3); });\n", 'package.json': pkg() },
  },
  {
    name: 'eslint, a lint finding',
    type: 'quality-gate',
    modules: true,
    run: 'npx eslint .',
    files: {
      'eslint.config.js': "export default [{ rules: { 'no-unused-vars': 'error' } }];\n",
      'package.json': pkg({ type: 'module' }),
      'a.js': 'const unused = 1;\n',
    },
  },
  {
    name: 'node, an npm package not installed',
    type: 'dependency',
    run: 'node index.mjs',
    files: {
      'index.mjs': "import leftPad from 'left-pad';\nconsole.log(leftPad('a', 3));\n",
      'package.json': pkg({ type: 'module' }),
    },
  },
  {
    name: 'gcc, a compile error',
    type: 'build',
    run: 'gcc -c main.c',
    files: { 'main.c': 'int main(void) { return undefined_name; }\n' },
  },
  {
    name: 'pytest, a failing test',
    type: 'test',
    run: 'python3 -m pytest',
    needs: 'pytest',
    files: { 'test_a.py': 'def test_a():\n    assert 1 == 2\n' },
  },
  {
    name: 'go test, a failing test',
    type: 'test',
    run: 'go test ./...',
    needs: 'go',
    files: {
      'go.mod': GO_MOD,
      'a_test.go':
        'package app\n\nimport "testing"\n\nfunc TestSum(t *testing.T) { t.Fatal("want 3, got 2") }\n',
    },
  },
  // A refusal's words the tests ran past (issue 68's review of this battery, high): a passing test that prints
  // them, or a refusal the script tolerated, then a named test that fails. The tests ran: test, not config.
  {
    name: "go test, a passing test's own flag.FlagSet refusal, then a failing test",
    type: 'test',
    run: 'go test ./...',
    needs: 'go',
    files: {
      'go.mod': GO_MOD,
      'cli.go':
        'package app\n\nimport "flag"\n\nfunc Parse(args []string) error {\n\tfs := flag.NewFlagSet("cli", flag.ContinueOnError)\n\tfs.Bool("v", false, "verbose")\n\treturn fs.Parse(args)\n}\n\nfunc Add(a, b int) int { return a - b }\n',
      'cli_test.go':
        'package app\n\nimport "testing"\n\nfunc TestParseRejectsUnknown(t *testing.T) {\n\tif Parse([]string{"-bogus"}) == nil {\n\t\tt.Fatal("expected an error")\n\t}\n}\n\nfunc TestAdd(t *testing.T) {\n\tif Add(2, 2) != 4 {\n\t\tt.Fatalf("Add(2, 2) = %d, want 4", Add(2, 2))\n\t}\n}\n',
    },
  },
  {
    name: "jest, a passing test's console.error in jest-validate's words, then a failing test",
    type: 'test',
    modules: true,
    run: 'npx jest',
    files: {
      'cli.test.js':
        "test('rejects an unknown option', () => {\n  console.error('Unrecognized option \"colour\". Did you mean \"color\"?');\n});\ntest('adds', () => { expect(2 + 2).toBe(5); });\n",
      'package.json': pkg(),
    },
  },
  {
    name: "jest's refusal the script tolerates (|| true), then a jest run with a failing test",
    type: 'test',
    modules: true,
    run: 'npx jest --colour || true\nnpx jest',
    files: { 'sum.test.js': "test('adds', () => { expect(1 + 1).toBe(3); });\n", 'package.json': pkg() },
  },
];
