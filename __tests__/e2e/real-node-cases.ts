/**
 * Node's package managers, bundlers and runtime failing beyond a plain npm/tsc/jest run (issue 68), for
 * classify-real-node.test.ts: npm, pnpm, vite, esbuild, rollup, tsc -b, vitest, jest, mocha, prettier and node
 * itself (the project's devDependencies and the node on PATH), each a `run:` step in a temporary project (`real-env-run.ts` runEnvCase,
 * `bash -e {0}`), HOME, npm's and pnpm's caches and store in that project, offline. A case with a `server` asks a
 * local registry (misbehaving-server.ts's `serve`, on this machine's outward address) at `$REGISTRY`. `type` is
 * TAXONOMY.md's label; `cause` matches the line that states the cause, never the echo or a tally where a cause line
 * exists. The tools print what they print on this machine: `cause` names the cause's stable words, never whole bytes.
 *
 * Decided by TAXONOMY's tie-breaks: an install refused because the lockfile does not match (npm ci out of sync,
 * pnpm's ERR_PNPM_OUTDATED_LOCKFILE) is dependency; a tarball whose checksum is not the one the lockfile or
 * metadata records (a republished package, ERR_PNPM_TARBALL_INTEGRITY) is dependency, while a download cut short
 * (pnpm's ERR_PNPM_BAD_TARBALL_SIZE: fewer bytes than Content-Length) is network; `require()` of an ESM-only package
 * in a build script and TypeScript's `Cannot find module 'x'` in a build step are build (the install passed: the
 * code does not compile or load); a tsconfig `extends` naming no file is config (the project's tool configuration).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Handler } from './misbehaving-server.js';
import { resetMidResponse, status } from './misbehaving-server.js';
import { repoRoot } from '../../stand/services/paths.js';
import type { BatteryCase } from './real-battery.js';

export interface NodeCase extends BatteryCase {
  /** The local registry the step's npm or pnpm asks ($REGISTRY, npm_config_registry). */
  server?: (base: () => string) => Handler;
}

/** One file in a ustar archive (512-byte header, the body padded to 512). */
function tarEntry(name: string, body: Buffer): Buffer {
  const h = Buffer.alloc(512);
  const put = (s: string, at: number, len: number): void => void h.write(s.slice(0, len), at, 'ascii');
  const octal = (n: number, len: number): string => `${n.toString(8).padStart(len - 1, '0')}\0`;
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(body.length, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  put('        ', 148, 8);
  put('0', 156, 1);
  put('ustar\u000000', 257, 8);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  const pad = Buffer.alloc((512 - (body.length % 512)) % 512);
  return Buffer.concat([h, body, pad]);
}

/** An npm package tarball (`package/package.json`, `package/index.js`), gzipped. */
export function packageTarball(name: string, version: string, code = 'module.exports = 1;\n'): Buffer {
  const manifest = Buffer.from(JSON.stringify({ name, version, main: 'index.js' }));
  return gzipSync(
    Buffer.concat([
      tarEntry('package/package.json', manifest),
      tarEntry('package/index.js', Buffer.from(code)),
      Buffer.alloc(1024),
    ]),
  );
}

const integrity = (b: Buffer): string => `sha512-${createHash('sha512').update(b).digest('base64')}`;
const LEFTPAD = packageTarball('left-pad', '1.3.0');
/** The same name and version republished with other bytes: its checksum is not the one the metadata records. */
const LEFTPAD_CHANGED = packageTarball('left-pad', '1.3.0', 'module.exports = 2;\n');

interface RegistryOpts {
  /** Serves these bytes as the tarball instead of the one the metadata's integrity names. */
  tarball?: Buffer;
  /** Cuts the tarball short: Content-Length promised, a third sent, then the connection closed. */
  truncate?: true;
  /** Resets the connection on the first `resets` requests, then answers. */
  resets?: number;
}

/**
 * A registry with left-pad@1.3.0 and peer-host@1.0.0 (which wants left-pad ^2 as a peer); every other name 404s.
 */
export const registry =
  (opts: RegistryOpts = {}) =>
  (base: () => string): Handler => {
    let resets = opts.resets ?? 0;
    return (req, res) => {
      if (resets > 0) {
        resets--;
        return void req.socket.resetAndDestroy();
      }
      const url = decodeURIComponent(req.url ?? '/');
      const json = (v: unknown): void => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(v));
      };
      const version = (name: string, v: string, tgz: Buffer, extra: Record<string, unknown> = {}) => ({
        name,
        version: v,
        ...extra,
        dist: { tarball: `${base()}/${name}/-/${name}-${v}.tgz`, integrity: integrity(tgz) },
      });
      if (url === '/left-pad')
        return json({
          name: 'left-pad',
          'dist-tags': { latest: '1.3.0' },
          versions: { '1.3.0': version('left-pad', '1.3.0', LEFTPAD) },
        });
      if (url === '/peer-host')
        return json({
          name: 'peer-host',
          'dist-tags': { latest: '1.0.0' },
          versions: {
            '1.0.0': version('peer-host', '1.0.0', PEER_HOST, { peerDependencies: { 'left-pad': '^2.0.0' } }),
          },
        });
      const tgz =
        url === '/left-pad/-/left-pad-1.3.0.tgz'
          ? (opts.tarball ?? LEFTPAD)
          : url === '/peer-host/-/peer-host-1.0.0.tgz'
            ? PEER_HOST
            : undefined;
      if (!tgz) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return void res.end('{"error":"Not found"}');
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': tgz.length });
      if (!opts.truncate) return void res.end(tgz);
      res.write(tgz.subarray(0, Math.floor(tgz.length / 3)));
      setTimeout(() => res.socket?.destroySoon(), 50);
    };
  };
const PEER_HOST = packageTarball('peer-host', '1.0.0');

const pkg = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'app', version: '1.0.0', private: true, ...extra }, null, 2);
const DEPENDS_LEFTPAD = pkg({ dependencies: { 'left-pad': '1.3.0' } });
/** A pnpm lockfile (v9) for a project with no dependencies. */
const PNPM_LOCK_EMPTY =
  "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .: {}\n";
/** An npm lockfile (v3) for a project with no dependencies. */
const NPM_LOCK_EMPTY = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: { '': { name: 'app', version: '1.0.0' } },
});
const PNPM = 'pnpm install --reporter=append-only';

/**
 * tsc's options as a project's CI sets them, so tsc neither parses the DOM's lib nor checks every .d.ts (12-18 s
 * a run at load 12-19 here, 2-3 s with them; the errors printed are the same): no @types, one lib, skipLibCheck.
 */
const LEAN_TSC = { types: [], lib: ['es2022'], skipLibCheck: true };

/** A TypeScript module esbuild cannot parse: `Unexpected ";"` at 3:12. */
const SYNTAX_ERROR_TS = 'const a = 1;\nexport function f() {\n  return a +;\n}\n';
const PASSING_TEST = "test('adds', () => expect(1 + 1).toBe(2));\n";

const VITEST_CFG =
  "import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['**/*.test.js'], exclude: ['node_modules/**'] } });\n";

export const NODE_CASES: NodeCase[] = [
  // config
  {
    name: 'pnpm engines: the Node version the project requires',
    type: 'config',
    cause: /ERR_PNPM_UNSUPPORTED_ENGINE|Expected version: >=99/,
    files: { 'package.json': pkg({ engines: { node: '>=99' } }), 'pnpm-lock.yaml': PNPM_LOCK_EMPTY },
    run: `${PNPM} --engine-strict`,
  },
  {
    name: 'pnpm run, a script the package does not have',
    type: 'config',
    cause: /ERR_PNPM_NO_SCRIPT|Missing script: lint/,
    files: { 'package.json': pkg({ scripts: { test: 'true' } }) },
    run: 'pnpm run lint',
  },
  {
    name: 'npm run --workspace, a workspace the project does not have',
    type: 'config',
    cause: /No workspaces found/,
    files: {
      'package.json': pkg({ workspaces: ['packages/*'] }),
      'packages/web/package.json': JSON.stringify({
        name: 'web',
        version: '1.0.0',
        scripts: { build: 'true' },
      }),
    },
    run: 'npm run build --workspace=packages/api',
  },
  {
    name: 'tsc, a tsconfig extending a file that is not there',
    type: 'config',
    cause: /TS5083|Cannot read file .*base\.json/,
    files: {
      'tsconfig.json': JSON.stringify({
        extends: './tsconfig.base.json',
        compilerOptions: { ...LEAN_TSC },
        include: ['a.ts'],
      }),
      'a.ts': 'export const a = 1;\n',
    },
    modules: true,
    run: 'npx tsc -p tsconfig.json',
  },
  {
    name: 'node, an option it does not know',
    type: 'config',
    cause: /bad option: --experimental-nope/,
    files: { 'index.js': 'console.log(1);\n' },
    run: 'node --experimental-nope index.js',
  },
  {
    name: 'vite build, a config that throws',
    type: 'config',
    cause: /failed to load config|VITE_API_URL is not set/,
    files: {
      'vite.config.mjs':
        "if (!process.env.VITE_API_URL) throw new Error('VITE_API_URL is not set');\nexport default {};\n",
      'index.html': '<script type="module" src="/main.js"></script>\n',
      'main.js': 'console.log(1);\n',
    },
    modules: true,
    // Loaded as it is (vite >= 6.1): the default bundles it into node_modules/.vite-temp, this repository's.
    run: 'npx vite build --configLoader native',
  },
  // A configuration the test runner or formatter cannot load: it runs nothing (test-runner-config-unresolved,
  // test-runner-found-no-tests, checker-config-invalid), where the command's word says test or quality-gate.
  {
    name: 'jest --config, a file that is not there',
    type: 'config',
    cause: /^Error: Can't find a root directory while resolving a config file path\.$/,
    files: { 'package.json': pkg(), 'a.test.js': PASSING_TEST },
    modules: true,
    run: 'npx jest --config jest.ci.config.js',
  },
  {
    name: "jest, jest.config.js beside package.json's jest key",
    type: 'config',
    cause: /^● Multiple configurations found:$/,
    files: {
      'package.json': pkg({ jest: { testEnvironment: 'node' } }),
      'jest.config.js': 'module.exports = {};\n',
      'a.test.js': PASSING_TEST,
    },
    modules: true,
    run: 'npx jest --ci',
  },
  {
    // No package.json up to the root, as a step run in the wrong working directory meets it.
    name: 'jest, no configuration up to the root',
    type: 'config',
    cause: /^Error: Could not find a config file based on provided values:$/,
    files: { 'a.test.js': PASSING_TEST },
    modules: true,
    run: 'npx jest',
  },
  // Jest's `● Validation Error:` on an option whose module does not resolve (jest-config-invalid).
  {
    // Jest 28+ no longer ships jsdom's environment: a project that upgraded Jest and never installed it.
    name: "jest, testEnvironment 'jsdom' without jest-environment-jsdom installed",
    type: 'config',
    cause: /Test environment jest-environment-jsdom cannot be found\./,
    files: {
      'package.json': pkg(),
      'jest.config.js': "module.exports = { testEnvironment: 'jsdom' };\n",
      'a.test.js': PASSING_TEST,
    },
    modules: true,
    run: 'npx jest --ci',
  },
  {
    name: 'jest, a preset that is not installed',
    type: 'config',
    cause: /Preset ts-jest-nope not found\.$/,
    files: {
      'package.json': pkg(),
      'jest.config.js': "module.exports = { preset: 'ts-jest-nope' };\n",
      'a.test.js': PASSING_TEST,
    },
    modules: true,
    run: 'npx jest --ci',
  },
  {
    name: 'jest, a setupFilesAfterEnv file that is not there',
    type: 'config',
    cause: /Module <rootDir>\/jest\.setup\.js in the setupFilesAfterEnv option was not found\./,
    files: {
      'package.json': pkg(),
      'jest.config.js': "module.exports = { setupFilesAfterEnv: ['<rootDir>/jest.setup.js'] };\n",
      'a.test.js': PASSING_TEST,
    },
    modules: true,
    run: 'npx jest --ci',
  },
  {
    name: 'mocha --config, a file that is not there',
    type: 'config',
    cause: /^Error: Unable to read\/parse \.mocharc\.ci\.yml: Error: ENOENT/,
    files: { 'package.json': pkg() },
    modules: true,
    run: 'npx mocha --config .mocharc.ci.yml',
  },
  {
    name: 'mocha, a test/ directory without a spec',
    type: 'config',
    cause: /^Error: No test files found$/,
    files: { 'package.json': pkg(), 'test/.keep': '' },
    modules: true,
    run: 'npx mocha',
  },
  {
    name: 'prettier --check, a .prettierrc that does not parse',
    type: 'config',
    cause: /^\[error\] Invalid configuration for file "\S+index\.ts":$/,
    files: { 'package.json': pkg(), '.prettierrc': '{ "semi": false, }x\n', 'index.ts': 'const a = 1;\n' },
    modules: true,
    run: 'npx prettier --check index.ts',
  },
  {
    // The misspelt option takes `src` as its value, so prettier has no file and reads the step's empty standard input.
    name: 'prettier, a misspelt option that swallows the files',
    type: 'config',
    cause: /^\[error\] No parser and no file path given, couldn't infer a parser\.$/,
    files: { 'package.json': pkg(), 'src/a.js': 'const a = 1;\n' },
    modules: true,
    run: 'npx prettier --chek src',
  },
  {
    name: 'eslint, a pattern that matches no file',
    type: 'config',
    cause: /^No files matching the pattern "src\/\*\*\/\*\.ts" were found\.$/,
    files: {
      'package.json': pkg({ type: 'module' }),
      'eslint.config.js': 'export default [];\n',
      'src/a.js': 'export const a = 1;\n',
    },
    modules: true,
    run: "npx eslint 'src/**/*.ts'",
  },
  // build
  {
    name: 'vite build, an import it cannot resolve',
    type: 'build',
    cause: /failed to resolve import|Could not resolve|Rollup failed to resolve import "chart-lib"/,
    files: {
      'index.html': '<script type="module" src="/main.js"></script>\n',
      'main.js': "import { draw } from 'chart-lib';\ndraw();\n",
    },
    modules: true,
    run: 'npx vite build',
  },
  // esbuild's own line for a file it cannot compile (esbuild-error), not Vite's `✗ Build failed in 31ms`
  {
    name: 'vite build, a syntax error in a source esbuild compiles',
    type: 'build',
    cause: /^\/\S+\/main\.ts:3:12: ERROR: Unexpected ";"$/,
    files: { 'index.html': '<script type="module" src="/main.ts"></script>\n', 'main.ts': SYNTAX_ERROR_TS },
    modules: true,
    run: 'npx vite build',
  },
  {
    name: 'esbuild --bundle, a syntax error (its command line form)',
    type: 'build',
    cause: /^✘ \[ERROR\] Unexpected ";"$/,
    files: { 'main.ts': SYNTAX_ERROR_TS },
    modules: true,
    run: 'npx esbuild main.ts --bundle',
  },
  {
    name: 'rollup -c, a syntax error in a source',
    type: 'build',
    cause: /SyntaxError|Expression expected|Unexpected token|PARSE_ERROR/,
    files: {
      'rollup.config.mjs':
        "export default { input: 'src/main.js', output: { file: 'dist/out.js', format: 'es' } };\n",
      'src/main.js': 'export const total = (a, b) => a + ;\n',
    },
    modules: true,
    run: 'npx rollup -c',
  },
  {
    name: 'tsc -b, an error in a referenced project',
    type: 'build',
    cause: /error TS2322/,
    files: {
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './core' }, { path: './app' }] }),
      'core/tsconfig.json': JSON.stringify({
        compilerOptions: { composite: true, outDir: 'out', ...LEAN_TSC },
      }),
      'core/index.ts': "export const size: number = 'large';\n",
      'app/tsconfig.json': JSON.stringify({
        compilerOptions: { composite: true, outDir: 'out', ...LEAN_TSC },
        references: [{ path: '../core' }],
      }),
      'app/index.ts': "import { size } from '../core/index.js';\nexport const twice = size * 2;\n",
    },
    modules: true,
    run: 'npx tsc -b',
  },
  {
    name: 'a build script, require() of an ESM-only package',
    type: 'build',
    cause: /ERR_REQUIRE_ESM|require\(\) of ES Module/,
    files: {
      'node_modules/esm-only/package.json': JSON.stringify({
        name: 'esm-only',
        version: '2.0.0',
        type: 'module',
        exports: './index.js',
      }),
      'node_modules/esm-only/index.js': 'export default 1;\n',
      'build.cjs': "const v = require('esm-only');\nconsole.log(v);\n",
    },
    // Node 20.19+ loads ESM through require() unless told not to: the Node 18 and 20.0-20.18 that CI images pin.
    run: 'node --no-experimental-require-module build.cjs',
  },
  {
    name: 'tsc, a module without its type declarations',
    type: 'build',
    cause: /TS2307|Cannot find module 'chart-lib'/,
    files: {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { noEmit: true, strict: true, ...LEAN_TSC },
        include: ['a.ts'],
      }),
      'a.ts': "import { draw } from 'chart-lib';\ndraw();\n",
    },
    modules: true,
    run: 'npx tsc -p tsconfig.json',
  },
  // resource
  {
    name: 'node, the heap exhausted',
    type: 'resource',
    cause: /JavaScript heap out of memory|Reached heap limit/,
    files: { 'build.js': 'const keep = [];\nfor (;;) keep.push(new Array(1e5).fill({ k: keep.length }));\n' },
    run: 'node --max-old-space-size=16 build.js',
  },
  {
    name: 'vitest, a worker out of heap',
    type: 'resource',
    cause: /JavaScript heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY|out of memory/i,
    files: {
      'vitest.config.mjs': VITEST_CFG,
      'big.test.js':
        "import { test } from 'vitest';\ntest('loads', () => {\n  const keep = [];\n  for (let i = 0; i < 300; i++) keep.push(new Array(1e5).fill({ k: i }));\n});\n",
    },
    modules: true,
    // The step sets the limit (a runner's 7 GB would take minutes to fill; the loop stops at ~250 MB in any case).
    needs: ['npx'],
    run: 'export NODE_OPTIONS=--max-old-space-size=64\nnpx vitest run',
  },
  {
    name: 'jest, a worker out of heap',
    type: 'resource',
    cause: /JavaScript heap out of memory|Reached heap limit/,
    files: {
      'package.json': pkg(),
      'big.test.js':
        "test('loads', () => {\n  const keep = [];\n  for (let i = 0; i < 300; i++) keep.push(new Array(1e5).fill({ k: i }));\n});\n",
    },
    modules: true,
    needs: ['npx'],
    run: 'export NODE_OPTIONS=--max-old-space-size=64\nnpx jest --ci',
  },
  // test
  {
    // The same esbuild line as the vite build's, in the run's report of a suite that could not load: test.
    name: 'vitest, a test importing a module with a syntax error',
    type: 'test',
    cause: /main\.test\.ts|ERROR: Unexpected ";"|Transform failed/,
    files: {
      'vitest.config.mjs': VITEST_CFG.replace('**/*.test.js', '**/*.test.ts'),
      'main.ts': SYNTAX_ERROR_TS,
      'main.test.ts':
        "import { f } from './main';\nimport { test, expect } from 'vitest';\ntest('f', () => expect(f()).toBe(1));\n",
    },
    modules: true,
    run: 'npx vitest run',
  },
  {
    name: 'vitest, a snapshot that no longer matches',
    type: 'test',
    cause: /Snapshot .* mismatched|FAIL +view\.test\.js > renders/,
    files: {
      'vitest.config.mjs': VITEST_CFG,
      'view.test.js':
        "import { test, expect } from 'vitest';\ntest('renders', () => {\n  expect({ title: 'Hello' }).toMatchSnapshot();\n});\n",
      '__snapshots__/view.test.js.snap':
        '// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html\n\nexports[`renders 1`] = `\n{\n  "title": "Goodbye",\n}\n`;\n',
    },
    modules: true,
    run: 'npx vitest run',
  },
  {
    name: 'jest --ci, a snapshot never written',
    type: 'test',
    cause: /New snapshot was not written|renders/,
    files: {
      'package.json': pkg(),
      'view.test.js': "test('renders', () => {\n  expect({ title: 'Hello' }).toMatchSnapshot();\n});\n",
    },
    modules: true,
    run: 'npx jest --ci',
  },
  {
    name: "jest, a test printing npm's ECONNRESET and failing",
    type: 'test',
    cause: /installs the fixture|expect\(|Expected|Received/,
    files: {
      'package.json': pkg(),
      'install.test.js':
        "test('installs the fixture', () => {\n  console.error('npm ERR! code ECONNRESET\\nnpm ERR! network aborted');\n  expect('ECONNRESET').toBe('ok');\n});\n",
    },
    modules: true,
    run: 'npx jest --ci',
  },
  {
    name: 'mocha, a test printing ETIMEDOUT and failing',
    type: 'test',
    cause: /fetches the index|AssertionError|expected/,
    files: {
      'package.json': pkg(),
      'test/fetch.test.js':
        "const assert = require('node:assert');\nit('fetches the index', () => {\n  console.log('npm error code ETIMEDOUT');\n  console.log('npm error network request to https://registry.npmjs.org/x failed, reason: connect ETIMEDOUT 104.16.0.35:443');\n  assert.strictEqual(1, 2);\n});\n",
    },
    modules: true,
    run: 'npx mocha',
  },
  {
    name: "node --test, a failing test (Node's own runner)",
    type: 'test',
    cause: /not ok|AssertionError|adds/,
    files: {
      'test/calc.test.mjs':
        "import test from 'node:test';\nimport assert from 'node:assert';\ntest('adds', () => {\n  assert.strictEqual(1 + 1, 3);\n});\ntest('subtracts', () => {\n  assert.strictEqual(2 - 1, 1);\n});\n",
    },
    run: 'node --test --test-reporter=tap test/',
  },
  // dependency
  {
    name: 'npm ci, package.json and the lockfile out of sync',
    type: 'dependency',
    cause: /can only install packages when your package\.json and package-lock\.json|Missing: left-pad/,
    server: registry(),
    files: { 'package.json': DEPENDS_LEFTPAD, 'package-lock.json': NPM_LOCK_EMPTY },
    run: 'npm ci',
  },
  {
    name: 'pnpm install --frozen-lockfile, a stale lock',
    type: 'dependency',
    cause: /ERR_PNPM_OUTDATED_LOCKFILE|not up to date with/,
    server: registry(),
    files: { 'package.json': DEPENDS_LEFTPAD, 'pnpm-lock.yaml': PNPM_LOCK_EMPTY },
    run: `${PNPM} --frozen-lockfile`,
  },
  {
    name: 'pnpm install, a version the registry does not have',
    type: 'dependency',
    cause: /ERR_PNPM_NO_MATCHING_VERSION|No matching version found for left-pad/,
    server: registry(),
    files: { 'package.json': pkg({ dependencies: { 'left-pad': '^2.0.0' } }) },
    run: PNPM,
  },
  {
    name: 'pnpm install, a package the registry does not have',
    type: 'dependency',
    cause: /ERR_PNPM_FETCH_404|404 Not Found/,
    server: registry(),
    files: { 'package.json': pkg({ dependencies: { 'no-such-pkg': '1.0.0' } }) },
    run: PNPM,
  },
  {
    name: 'pnpm install, an unmet peer under strict-peer-dependencies',
    type: 'dependency',
    cause: /ERR_PNPM_PEER_DEP_ISSUES|Unmet peer dependencies|unmet peer left-pad/,
    server: registry(),
    files: { 'package.json': pkg({ dependencies: { 'left-pad': '1.3.0', 'peer-host': '1.0.0' } }) },
    run: `${PNPM} --strict-peer-dependencies --config.auto-install-peers=false`,
  },
  {
    name: 'pnpm install, a tarball republished with other bytes',
    type: 'dependency',
    cause: /ERR_PNPM_TARBALL_INTEGRITY|Got unexpected checksum/,
    server: registry({ tarball: LEFTPAD_CHANGED }),
    files: { 'package.json': DEPENDS_LEFTPAD },
    run: PNPM,
  },
  // network
  {
    name: 'pnpm install, the registry answering 503',
    type: 'network',
    cause: /503|Service Unavailable|ERR_PNPM_META_FETCH_FAIL/,
    server: () => status(503),
    files: { 'package.json': DEPENDS_LEFTPAD },
    run: PNPM,
  },
  {
    name: 'pnpm install, the registry resetting the connection',
    type: 'network',
    cause: /ECONNRESET|socket hang up|ERR_PNPM_META_FETCH_FAIL|ERR_PNPM_BROKEN_METADATA_JSON\s.*: aborted/,
    server: () => resetMidResponse,
    files: { 'package.json': DEPENDS_LEFTPAD },
    run: PNPM,
  },
  {
    name: 'pnpm install, a tarball cut short',
    type: 'network',
    cause:
      /ERR_PNPM_BAD_TARBALL_SIZE|did not match the one specified in 'Content-Length'|ECONNRESET\s+aborted/,
    server: registry({ truncate: true }),
    files: { 'package.json': DEPENDS_LEFTPAD },
    run: PNPM,
  },
  // passing look-alikes
  {
    name: 'pnpm install, a reset retried and then served (passes)',
    type: 'unknown',
    passes: true,
    cause: /Will retry in|ECONNRESET/,
    server: registry({ resets: 1 }),
    files: { 'package.json': DEPENDS_LEFTPAD },
    env: {
      npm_config_fetch_retries: '2',
      npm_config_fetch_retry_mintimeout: '100',
      npm_config_fetch_retry_maxtimeout: '200',
    },
    run: PNPM,
  },
  {
    name: 'vitest, a passing test named for ECONNRESET (passes)',
    type: 'unknown',
    passes: true,
    cause: /ECONNRESET/,
    files: {
      'vitest.config.mjs': VITEST_CFG,
      'retry.test.js':
        "import { test, expect } from 'vitest';\ntest('fails on ECONNRESET and retries', () => {\n  console.log('npm ERR! code ECONNRESET');\n  expect(1).toBe(1);\n});\n",
    },
    modules: true,
    run: 'npx vitest run',
  },
  // dependency: an installed package asks for what another installed package does not provide (installed-imports.ts)
  {
    // d1073's form: under jest a test file's dependency `a` requires a path its dependency `b` lacks; jest-resolve
    // names the file that asked. Main (3a7ff3d3) typed it test from jest's `● Test suite failed to run`. The
    // repository's jest runs it (the project's own node_modules hold only `a` and `b`).
    name: "jest, a test's dependency requires a path another package's installed version lacks",
    type: 'dependency',
    cause: /Cannot find module 'b\/missing-subpath' from 'node_modules\/a\/index\.js'/,
    files: {
      'package.json': '{"name":"app","version":"1.0.0"}\n',
      'node_modules/a/package.json': '{"name":"a","version":"1.0.0","main":"index.js"}\n',
      'node_modules/a/index.js': "module.exports = require('b/missing-subpath');\n",
      'node_modules/b/package.json': '{"name":"b","version":"2.0.0","main":"index.js"}\n',
      'node_modules/b/index.js': 'module.exports = 1;\n',
      'a.test.js': "const a = require('a');\ntest('a loads', () => expect(a).toBe(1));\n",
    },
    run: `node ${path.join(repoRoot, 'node_modules/jest/bin/jest.js')} --ci`,
  },
  {
    name: "node, an installed package requires a path another package's installed version lacks",
    type: 'dependency',
    cause: /Cannot find module 'b\/missing-subpath'/,
    files: {
      'node_modules/a/package.json': '{"name":"a","version":"1.0.0","main":"index.js"}\n',
      'node_modules/a/index.js': "module.exports = require('b/missing-subpath');\n",
      'node_modules/b/package.json': '{"name":"b","version":"2.0.0","main":"index.js"}\n',
      'node_modules/b/index.js': 'module.exports = 1;\n',
      'main.js': "require('a');\n",
    },
    run: 'node main.js',
  },
  {
    name: 'node (ES modules), an installed package imports a package that is not installed',
    type: 'dependency',
    cause: /Cannot find package 'not-installed-peer' imported from .*node_modules\/@s\/c\/index\.js/,
    files: {
      'node_modules/@s/c/package.json':
        '{"name":"@s/c","version":"1.0.0","type":"module","exports":"./index.js"}\n',
      'node_modules/@s/c/index.js': "import x from 'not-installed-peer';\nexport default x;\n",
      'main.mjs': "import c from '@s/c';\nconsole.log(c);\n",
    },
    run: 'node main.mjs',
  },
];
