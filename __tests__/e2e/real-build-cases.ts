/**
 * Real tools failing deterministically as a broken change makes them fail (issue 68: dependency, build,
 * quality-gate, test), for classify-real-build.test.ts. Each case is a `run:` step in a temporary project, run
 * by `real-steps.ts` through `bash -e {0}`; `type` is TAXONOMY.md's label and `cause` matches the lines that state
 * the cause (the compiler's error, the resolver's refusal, the failed assertion), never the command echo, `make:
 * ***`, npm's log pointer, the runner's exit line or a tool's summary where a cause line exists. The tools print
 * what they print on this machine: `cause` names the cause's stable words, never whole bytes.
 *
 * Offline: npm and cargo ask `$REGISTRY` (the test's local server: `registryHandler`), go a file:// proxy in the
 * project, Maven a file:// mirror with an empty repository (its plugins from ~/.m2 through links: `mavenRepo`),
 * pip `--no-index`.
 */
import type { FailureType } from '../../src/core/types.js';
import type { Handler } from './misbehaving-server.js';

export type Tool =
  'pytest' | 'pytest-cov' | 'go' | 'cargo' | 'rustfmt' | 'clippy' | 'maven' | 'gcc' | 'pkg-config' | 'wget';

export interface BuildCase {
  name: string;
  type: FailureType;
  /** The step's script; `$REGISTRY` is the local server's URL. */
  run: string;
  /** Matches the line the verdict should show (its evidence): a line stating the cause. */
  cause: RegExp;
  files?: Record<string, string>;
  needs?: Tool;
  /** The project's node_modules links to this repository's (as after `npm ci`); never on a case that installs. */
  modules?: true;
  /** Maven's local repository in the project (`repo/`): a shadow of ~/.m2's, its files linked. */
  maven?: true;
  /** cargo with its own CARGO_HOME in the project, asking the local sparse registry. */
  cargoHome?: true;
  /** Classified by the built CLI too. */
  cli?: true;
  /**
   * A miss this battery found and left, with why no rule of the tool's own words mends it: the verdict it gets
   * (its type, and whether the line shown states the cause), asserted so that a change that mends it is seen.
   */
  left?: { type: FailureType; causeShown: boolean; why: string };
}

const pkg = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'app', version: '1.0.0', private: true, ...extra }, null, 2);
const GO_MOD = 'module example.org/app\n\ngo 1.19\n';
const CARGO = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';
const IMPORTS_LEFTPAD = 'package main\n\nimport _ "example.com/leftpad"\n\nfunc main() {}\n';
const pom = (deps = '', plugins = ''): string =>
  [
    '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>',
    '<groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version>',
    '<properties><maven.compiler.release>17</maven.compiler.release></properties>',
    `<dependencies>${deps}</dependencies>`,
    '<build><plugins>',
    '<plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>',
    '<plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>',
    `${plugins}</plugins></build></project>`,
    '',
  ].join('\n');
const JUNIT =
  '<dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency>';
const SUREFIRE = '<plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>';
const MVN = 'mvn -B -s settings.xml';

/** npm's packuments and cargo's sparse index, each version's metadata only (no case fetches an archive). */
export function registryHandler(base: () => string): Handler {
  const packument = (name: string, versions: Record<string, Record<string, unknown>>): unknown => ({
    name,
    'dist-tags': { latest: Object.keys(versions).at(-1) },
    versions: Object.fromEntries(
      Object.entries(versions).map(([v, extra]) => [
        v,
        { name, version: v, dist: { tarball: `${base()}/${name}/-/${name}-${v}.tgz` }, ...extra },
      ]),
    ),
  });
  const npm: Record<string, unknown> = {
    '/left-pad': packument('left-pad', { '1.3.0': {} }),
    '/react': packument('react', { '17.0.2': {}, '18.2.0': {} }),
    '/react-widget': packument('react-widget', { '1.0.0': { peerDependencies: { react: '^17.0.0' } } }),
  };
  return (req, res) => {
    const url = req.url ?? '/';
    const json = (v: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(v));
    };
    if (npm[url]) return json(npm[url]);
    if (url === '/cargo/config.json') return json({ dl: `${base()}/cargo/dl` });
    if (url === '/cargo/le/ft/leftpad') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const line = {
        name: 'leftpad',
        vers: '1.0.0',
        deps: [],
        cksum: '0'.repeat(64),
        features: {},
        yanked: false,
      };
      return res.end(`${JSON.stringify(line)}\n`);
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'Not found' }));
  };
}

export const BUILD_CASES: BuildCase[] = [
  // dependency
  {
    name: 'npm, a version that does not exist (ETARGET)',
    type: 'dependency',
    run: 'npm install --registry=$REGISTRY/',
    files: { 'package.json': pkg({ dependencies: { 'left-pad': '^9.0.0' } }) },
    cause: /No matching version found for left-pad@\^9\.0\.0/,
    cli: true,
  },
  {
    name: 'npm, a peer conflict (ERESOLVE)',
    type: 'dependency',
    run: 'npm install --registry=$REGISTRY/',
    files: { 'package.json': pkg({ dependencies: { react: '18.2.0', 'react-widget': '1.0.0' } }) },
    cause:
      /ERESOLVE unable to resolve dependency tree|Could not resolve dependency|Conflicting peer dependency/,
  },
  {
    name: 'npm, a package absent (E404)',
    type: 'dependency',
    run: 'npm install --registry=$REGISTRY/',
    files: { 'package.json': pkg({ dependencies: { 'left-pad-nope': '1.0.0' } }) },
    cause: /404 Not Found.*left-pad-nope|left-pad-nope@1\.0\.0'? is not in this registry/,
  },
  {
    name: 'pip --no-index, a package missing',
    type: 'dependency',
    needs: 'pytest',
    run: 'mkdir -p wheels\npython3 -m pip install --no-index --find-links wheels --target vendor -r requirements.txt',
    files: { 'requirements.txt': 'leftpad==1.0.0\n' },
    cause:
      /No matching distribution found for leftpad|Could not find a version that satisfies the requirement leftpad/,
    cli: true,
  },
  {
    name: 'pip --no-index, a version missing',
    type: 'dependency',
    needs: 'pytest',
    // pip's own wheel is in Debian's wheel directory; the version asked for is not.
    run: 'python3 -m pip install --no-index --find-links /usr/share/python-wheels --target vendor "pip==1.0.1"',
    cause:
      /No matching distribution found for pip==1\.0\.1|Could not find a version that satisfies the requirement pip==1\.0\.1/,
  },
  {
    name: 'cargo, a sparse registry lacking the version',
    type: 'dependency',
    needs: 'cargo',
    cargoHome: true,
    run: 'cargo build',
    files: {
      'Cargo.toml': `${CARGO}\n[dependencies]\nleftpad = "2"\n`,
      'src/lib.rs': '',
      '.cargo/config.toml':
        '[source.crates-io]\nreplace-with = "mirror"\n[source.mirror]\nregistry = "sparse+$REGISTRY/cargo/"\n',
    },
    cause: /failed to select a version for the requirement `leftpad = "\^2"`/,
  },
  {
    name: 'cargo, a path dependency missing',
    type: 'dependency',
    needs: 'cargo',
    run: 'cargo build',
    files: {
      'Cargo.toml': `${CARGO}\n[dependencies]\nutil = { path = "../util-missing" }\n`,
      'src/lib.rs': '',
    },
    left: {
      type: 'build',
      causeShown: true,
      why: "cargo's `failed to get `x` as a dependency of package` heads a `Caused by:` chain that is a path, a registry's refusal or a network failure alike (rust-lang/cargo src/cargo/core/resolver/errors.rs); the cargo build's tool word decides",
    },
    cause:
      /failed to get `util` as a dependency|failed to load source for dependency `util`|failed to read `.*util-missing\/Cargo\.toml`/,
  },
  {
    name: 'go build, an import no required module provides',
    type: 'dependency',
    needs: 'go',
    run: 'mkdir -p proxy\nGOPROXY=file://$PWD/proxy GOFLAGS=-mod=readonly go build ./...',
    files: { 'go.mod': GO_MOD, 'main.go': IMPORTS_LEFTPAD },
    cause: /(no required module provides|cannot find module providing) package example\.com\/leftpad/,
  },
  {
    name: 'go build, a missing go.sum entry',
    type: 'dependency',
    needs: 'go',
    run: 'mkdir -p proxy\nGOPROXY=file://$PWD/proxy GOFLAGS=-mod=readonly go build ./...',
    files: { 'go.mod': `${GO_MOD}\nrequire example.com/leftpad v1.0.0\n`, 'main.go': IMPORTS_LEFTPAD },
    cause: /missing go\.sum entry/,
  },
  {
    name: 'go build, a local proxy lacking the version',
    type: 'dependency',
    needs: 'go',
    run: 'mkdir -p proxy/example.com/leftpad/@v\necho v1.0.0 > proxy/example.com/leftpad/@v/list\nGOPROXY=file://$PWD/proxy GOFLAGS=-mod=mod GOSUMDB=off go build ./...',
    files: { 'go.mod': `${GO_MOD}\nrequire example.com/leftpad v1.2.3\n`, 'main.go': IMPORTS_LEFTPAD },
    left: {
      type: 'quality-gate',
      causeShown: true,
      why: "a file:// GOPROXY's missing file reads `<module>@<version>: reading file:///...: no such file or directory` (cmd/go modfetch's proxy over a directory), a wording only such a proxy prints; an HTTP proxy's 404 is the transient battery's (dependency)",
    },
    cause: /example\.com\/leftpad@v1\.2\.3: (reading|.*unknown revision|.*not found)/,
  },
  {
    name: 'mvn, an artifact the repository lacks',
    type: 'dependency',
    needs: 'maven',
    maven: true,
    run: `${MVN} compile`,
    files: {
      'pom.xml': pom(
        '<dependency><groupId>org.example</groupId><artifactId>leftpad</artifactId><version>1.0.0</version></dependency>',
      ),
      'src/main/java/A.java': 'class A {}\n',
    },
    cause: /Could not find artifact org\.example:leftpad:jar:1\.0\.0/,
    cli: true,
  },
  {
    name: 'node, a module not installed (require)',
    type: 'dependency',
    run: 'node index.js',
    files: {
      'index.js': "const leftPad = require('left-pad');\nconsole.log(leftPad('a', 3));\n",
      'package.json': pkg(),
    },
    cause: /Cannot find module 'left-pad'/,
  },
  {
    name: 'python, a module not installed',
    type: 'dependency',
    needs: 'pytest',
    run: 'python3 app.py',
    files: { 'app.py': 'import leftpad\n\nprint(leftpad.pad("a", 3))\n' },
    left: {
      type: 'unknown',
      causeShown: false,
      why: "`ModuleNotFoundError: No module named 'x'` (cpython Lib/importlib/_bootstrap.py) reads the same for the project's own package off the path: on the corpus it fires in 3 failed logs, none labelled dependency (d1558's `'shared'` is the project's own, d1483's `'pytest'` is labelled test), and in 2 passing ones (a survived import); a rule was tried and dropped",
    },
    cause: /ModuleNotFoundError: No module named 'leftpad'/,
  },
  {
    name: 'pytest, a module not installed at collection',
    type: 'dependency',
    needs: 'pytest',
    run: 'python3 -m pytest',
    files: { 'test_a.py': 'import leftpad\n\n\ndef test_pad():\n    assert leftpad.pad("a", 3) == "  a"\n' },
    left: {
      type: 'test',
      causeShown: true,
      why: "as `python, a module not installed`: pytest's collection error decides",
    },
    cause: /ModuleNotFoundError: No module named 'leftpad'/,
  },
  {
    name: 'gcc, a header not installed',
    type: 'dependency',
    needs: 'gcc',
    run: 'gcc -c main.c',
    files: { 'main.c': '#include <leftpad/leftpad.h>\nint main(void) { return 0; }\n' },
    left: {
      type: 'build',
      causeShown: true,
      why: "gcc's `fatal error: x.h: No such file or directory` is the same for the project's own header and a library's (gcc libcpp/files.cc open_file_failed), so compiler-error's build stands",
    },
    cause: /fatal error: leftpad\/leftpad\.h: No such file or directory/,
  },
  {
    name: 'pkg-config, a package not installed',
    type: 'dependency',
    needs: 'pkg-config',
    // An assignment's status is its command substitution's: `set -e` stops the step there.
    run: 'flags=$(pkg-config --cflags --libs libleftpad)\ngcc $flags -o app main.c',
    files: { 'main.c': 'int main(void) { return 0; }\n' },
    cause: /Package '?libleftpad'?,? .*not found|Package libleftpad was not found/,
  },
  {
    name: 'curl -f, a pinned download answering 404',
    type: 'dependency',
    run: 'curl -fsSL -o tool.tgz $REGISTRY/releases/tool-1.2.3.tgz',
    cause: /curl: \(22\) .*404/,
  },
  {
    name: 'wget, a pinned download answering 404',
    type: 'dependency',
    needs: 'wget',
    run: 'wget --tries=1 $REGISTRY/releases/tool-1.2.3.tgz',
    cause: /ERROR 404|404 Not Found/,
  },
  // build
  {
    name: 'tsc, type errors',
    type: 'build',
    modules: true,
    run: 'npx tsc -p .',
    files: {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, outDir: 'out', types: [], skipLibCheck: true },
        files: ['a.ts'],
      }),
      'a.ts': "export const n: number = 'one';\nexport function f(s: string): number {\n  return s;\n}\n",
    },
    cause: /a\.ts[(:]\d+[,:]\d+\)?:? .*error.* TS2322/,
  },
  {
    name: 'gcc, a compile error',
    type: 'build',
    needs: 'gcc',
    run: 'gcc -Wall -c main.c',
    files: { 'main.c': 'int main(void) {\n  int n = 1\n  return n;\n}\n' },
    cause: /main\.c:\d+:\d+: error: /,
  },
  {
    name: 'g++, a link error (undefined reference)',
    type: 'build',
    needs: 'gcc',
    run: 'g++ -o app main.cpp',
    files: { 'main.cpp': 'int pad(int n);\nint main() { return pad(3); }\n' },
    cause: /undefined reference to `pad\(int\)'/,
  },
  {
    name: 'make after a compiler error',
    type: 'build',
    needs: 'gcc',
    run: 'make',
    files: {
      Makefile: 'app: main.o\n\tgcc -o app main.o\n\nmain.o: main.c\n\tgcc -c main.c\n',
      'main.c': 'int main(void) { return missing_fn(1) + ; }\n',
    },
    cause: /main\.c:\d+:\d+: error: /,
    cli: true,
  },
  {
    name: 'cargo build, a type error (E0308)',
    type: 'build',
    needs: 'cargo',
    run: 'cargo build',
    files: { 'Cargo.toml': CARGO, 'src/lib.rs': 'pub fn n() -> u32 {\n    "one"\n}\n' },
    cause: /error\[E0308\]: mismatched types/,
  },
  {
    name: 'mvn compile, a javac error',
    type: 'build',
    needs: 'maven',
    maven: true,
    run: `${MVN} compile`,
    files: { 'pom.xml': pom(), 'src/main/java/A.java': 'class A {\n  int x = "s";\n}\n' },
    cause: /A\.java:\[\d+,\d+\] incompatible types/,
  },
  {
    name: 'go build, a type error',
    type: 'build',
    needs: 'go',
    run: 'go build ./...',
    files: {
      'go.mod': GO_MOD,
      'main.go': 'package main\n\nfunc main() {\n\tvar n int = "one"\n\t_ = n\n}\n',
    },
    cause: /main\.go:\d+:\d+: cannot use "one"/,
  },
  {
    // A vet-only step is a typecheck-only job (TAXONOMY: quality-gate), whatever vet found.
    name: 'go vet, a type error',
    type: 'quality-gate',
    needs: 'go',
    run: 'go vet ./...',
    files: { 'go.mod': GO_MOD, 'main.go': 'package main\n\nfunc main() {\n\tundefinedFn()\n}\n' },
    // go1.19's vet says `vet: ./main.go:4:2: undeclared name: undefinedFn`; later ones `undefined: undefinedFn`.
    cause: /main\.go:\d+:\d+: (?:undefined|undeclared name): undefinedFn/,
    left: {
      type: 'quality-gate',
      causeShown: false,
      why: "go1.19's vet prints a type error as `vet: ./main.go:4:2: undeclared name: x` (no `error` word), which is not error-shaped (fallback.ts isErrorShaped), so its command's echo stays the line shown",
    },
  },
  {
    name: 'esbuild, an import it cannot resolve',
    type: 'build',
    modules: true,
    run: 'npx esbuild src/index.js --bundle --outfile=out/app.js',
    files: {
      'src/index.js': "import { pad } from './pad';\nconsole.log(pad('a'));\n",
      'package.json': pkg(),
    },
    cause: /Could not resolve "\.\/pad"/,
  },
  {
    name: "pip install ., the project's setup.py raising",
    type: 'build',
    needs: 'pytest',
    run: 'python3 -m pip install --no-index --no-build-isolation --target vendor .',
    files: {
      'setup.py':
        'from setuptools import setup\n\nraise RuntimeError("libleftpad >= 2.1 is required to build app")\nsetup(name="app", version="1.0")\n',
    },
    cause: /RuntimeError: libleftpad >= 2\.1 is required to build app/,
  },
  {
    name: "npm install, the project's postinstall failing",
    type: 'build',
    run: 'npm install --registry=$REGISTRY/',
    files: {
      'package.json': pkg({ scripts: { postinstall: 'node build-native.js' } }),
      'build-native.js': "throw new Error('binding.gyp: the native addon needs libleftpad 2.1 headers');\n",
    },
    cause: /Error: binding\.gyp: the native addon needs libleftpad/,
  },
  // quality-gate
  {
    name: 'eslint, findings',
    type: 'quality-gate',
    modules: true,
    run: 'npx eslint .',
    files: {
      'eslint.config.js': "export default [{ rules: { 'no-unused-vars': 'error', eqeqeq: 'error' } }];\n",
      'package.json': pkg({ type: 'module' }),
      'a.js': 'const unused = 1;\nexport const same = (a, b) => a == b;\n',
    },
    cause: /\d+:\d+\s+error\s+.*(no-unused-vars|eqeqeq)/,
  },
  {
    name: 'prettier --check',
    type: 'quality-gate',
    modules: true,
    run: 'npx prettier --check .',
    files: { 'a.js': 'const a = {b:1,\n  c:2}\n', 'package.json': pkg() },
    cause: /\[warn\] (a\.js|Code style issues found)/,
    cli: true,
  },
  {
    name: 'gofmt -l gate',
    type: 'quality-gate',
    needs: 'go',
    run: 'test -z "$(gofmt -l . | tee /dev/stderr)"',
    files: { 'go.mod': GO_MOD, 'main.go': 'package main\nfunc main() {  }\n' },
    left: {
      type: 'unknown',
      causeShown: false,
      why: "`gofmt -l` prints only the names of the files it would change (go/src/cmd/gofmt); the gate is the step's script (`test -z`), which no rule reads",
    },
    cause: /main\.go/,
  },
  {
    name: 'cargo fmt --check',
    type: 'quality-gate',
    needs: 'rustfmt',
    run: 'cargo fmt --check',
    files: { 'Cargo.toml': CARGO, 'src/lib.rs': 'pub fn n()->u32{1}\n' },
    cause: /Diff in .*lib\.rs/,
  },
  {
    name: 'cargo clippy -- -D warnings',
    type: 'quality-gate',
    needs: 'clippy',
    run: 'cargo clippy -- -D warnings',
    files: { 'Cargo.toml': CARGO, 'src/lib.rs': 'pub fn n(x: u32) -> u32 {\n    return x + 1;\n}\n' },
    cause: /unneeded `return` statement/,
  },
  {
    name: 'jest, a coverage threshold',
    type: 'quality-gate',
    modules: true,
    run: 'npx jest --coverage',
    files: {
      'package.json': pkg({ jest: { coverageThreshold: { global: { lines: 100 } } } }),
      'pad.js':
        'module.exports = (s, n) => {\n  if (n > 10) {\n    return s;\n  }\n  return s.padStart(n);\n};\n',
      'pad.test.js':
        "const pad = require('./pad');\ntest('pads', () => { expect(pad('a', 3)).toBe('  a'); });\n",
    },
    cause: /coverage threshold for lines \(100%\) not met/,
  },
  {
    name: 'pytest-cov --cov-fail-under',
    type: 'quality-gate',
    needs: 'pytest-cov',
    run: 'python3 -m pytest --cov=pad --cov-fail-under=100',
    files: {
      'pad.py': 'def pad(s, n):\n    if n > 10:\n        return s\n    return s.rjust(n)\n',
      'test_pad.py': 'from pad import pad\n\n\ndef test_pad():\n    assert pad("a", 3) == "  a"\n',
    },
    cause:
      /Required test coverage of 100% not reached|Coverage failure: total of .* is less than fail-under=100/,
  },
  // test
  {
    name: 'jest, a failing test',
    type: 'test',
    modules: true,
    run: 'npx jest',
    files: { 'sum.test.js': "test('adds', () => {\n  expect(1 + 1).toBe(3);\n});\n", 'package.json': pkg() },
    cause: /● adds|expect\(received\)\.toBe\(expected\)|Expected: 3/,
  },
  {
    // jest's docs' CI setup: `reporters: [['github-actions', { silent: false }], 'summary']`. Each failure is a
    // `::error` workflow command (the job log's `##[error]` and its message), and the summary lists it again.
    name: 'jest, a failing test (github-actions reporter)',
    type: 'test',
    modules: true,
    run: "npx jest --reporters='github-actions' --reporters=summary",
    files: { 'sum.test.js': "test('adds', () => {\n  expect(1 + 1).toBe(3);\n});\n", 'package.json': pkg() },
    cause: /● adds|expect\(received\)\.toBe\(expected\)|Expected: 3/,
  },
  {
    name: 'vitest, a failing test',
    type: 'test',
    modules: true,
    run: 'npx vitest run',
    files: {
      'sum.test.js':
        "import { test, expect } from 'vitest';\ntest('adds', () => {\n  expect(1 + 1).toBe(3);\n});\n",
      'package.json': pkg({ type: 'module' }),
    },
    cause: /FAIL .*sum\.test\.js > adds|AssertionError: expected 2 to be 3/,
  },
  {
    name: 'mocha, a failing test',
    type: 'test',
    modules: true,
    run: 'npx mocha',
    files: {
      'test/sum.js':
        "const assert = require('node:assert');\nit('adds', () => {\n  assert.strictEqual(1 + 1, 3);\n});\n",
      'package.json': pkg(),
    },
    cause: /AssertionError|1\) adds/,
  },
  {
    name: 'pytest, a failing test',
    type: 'test',
    needs: 'pytest',
    run: 'python3 -m pytest',
    files: { 'test_sum.py': 'def test_adds():\n    assert 1 + 1 == 3\n' },
    cause: /FAILED test_sum\.py::test_adds|assert 2 == 3|test_sum\.py:\d+: AssertionError/,
    cli: true,
  },
  {
    name: 'go test, a failing test',
    type: 'test',
    needs: 'go',
    run: 'go test ./...',
    files: {
      'go.mod': GO_MOD,
      'sum_test.go':
        'package app\n\nimport "testing"\n\nfunc TestAdds(t *testing.T) {\n\tif 1+1 != 3 {\n\t\tt.Fatalf("1+1 = %d, want 3", 1+1)\n\t}\n}\n',
    },
    cause: /--- FAIL: TestAdds|sum_test\.go:\d+: 1\+1 = 2, want 3/,
  },
  {
    name: 'cargo test, a failing test',
    type: 'test',
    needs: 'cargo',
    run: 'cargo test',
    files: {
      'Cargo.toml': CARGO,
      'src/lib.rs':
        '#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() {\n        assert_eq!(1 + 1, 3);\n    }\n}\n',
    },
    cause: /test tests::adds \.\.\. FAILED|panicked at|assertion `left == right` failed/,
  },
  {
    name: 'mvn surefire, a failing test',
    type: 'test',
    needs: 'maven',
    maven: true,
    run: `${MVN} test`,
    files: {
      'pom.xml': pom(JUNIT, SUREFIRE),
      'src/test/java/AppTest.java':
        'import org.junit.jupiter.api.Test;\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nclass AppTest {\n  @Test\n  void adds() {\n    assertEquals(3, 1 + 1);\n  }\n}\n',
    },
    cause: /AppTest\.adds\b.*(?:expected: <3> but was: <2>|<<< FAILURE!)|expected: <3> but was: <2>/,
  },
  {
    name: 'jest, a test past its own timeout',
    type: 'test',
    modules: true,
    run: 'npx jest',
    files: {
      'slow.test.js': "test('answers', (done) => {\n  setTimeout(done, 5000);\n}, 200);\n",
      'package.json': pkg(),
    },
    // Jest's header of the failed test (`● answers`) names it; its message under it says why.
    cause: /● answers|Exceeded timeout of 200 ms for a test/,
  },
  {
    name: 'mocha, a test past its own timeout',
    type: 'test',
    modules: true,
    run: 'npx mocha --timeout 200',
    files: {
      'test/slow.js': "it('answers', (done) => {\n  setTimeout(done, 5000);\n});\n",
      'package.json': pkg(),
    },
    cause: /Timeout of 200ms exceeded/,
  },
  {
    name: 'pytest, a collection error',
    type: 'test',
    needs: 'pytest',
    run: 'python3 -m pytest',
    files: {
      'app.py': 'def add(a, b):\n    return a + b\n',
      'test_app.py': 'from app import sub\n\n\ndef test_sub():\n    assert sub(3, 1) == 2\n',
    },
    cause: /ImportError: cannot import name 'sub' from 'app'|ERROR collecting test_app\.py/,
  },
];
