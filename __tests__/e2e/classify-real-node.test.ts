/**
 * Issue 68: Node's package managers, bundlers and runtime failing beyond a plain npm/tsc/jest run, whole steps
 * (`real-node-cases.ts`): npm, pnpm, vite, rollup, tsc -b, vitest, jest, mocha and node itself (the project's
 * devDependencies and the node on PATH), run as a workflow runs a `run:` step (`real-env-run.ts` runEnvCase,
 * `bash -e {0}`) and classified as one GitHub Actions step. Each case asserts TAXONOMY.md's type, whether the
 * default policy retries it on a pull request (the transient types and resource only), and that the line the
 * verdict shows states the cause; a passing look-alike, followed by a step that fails saying nothing, must not be
 * typed. HOME, npm's cache and pnpm's store and cache are in each case's temporary project. The registry is a
 * `node:http` server on this machine's outward address (misbehaving-server.ts), its port never holding
 * 401/403/404/500-504 (the tools print URLs).
 * `REAL_NODE_TABLE=1` prints each verdict (`TABLE|case|type|verdict [rule] retried line shown`). Under
 * CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails the file; elsewhere its cases skip, saying which. The tools
 * are the project's devDependencies and the node and npm on PATH: nothing from Debian (.ci/run installs none).
 *
 * What main (1969e60) got wrong here, 7 of 29, and what mends it (rules/log-rules.json, each from the tool's
 * published source): vite's config that throws was build (vite-config-load-failed; js-bundler-error's `error during
 * build:` heading is no longer its evidence, so it neither goes past the refusal nor is the line shown: the
 * unresolved import under it is); rollup's syntax error showed the step's echo (rollup-cli-error); jest's console
 * block printing `npm ERR! code ECONNRESET` was network and retried, and a passing vitest test printing it was
 * claimed high (client-network-error's unlessAfter: a test runner's console header); pnpm's integrity mismatch showed
 * its `This error happened while installing` line (js-install-resolve reads ERR_PNPM_TARBALL_INTEGRITY); a tarball
 * cut short was dependency, not retried (pnpm-socket-error). mocha's test printing npm's ETIMEDOUT, then `1 failing`,
 * was network and retried: a network line above its run's tally of failed tests is the tests' (weigh.ts wentPast).
 *
 * Three cases of a package under node_modules asking for what another does not provide (installed-imports.ts,
 * node-installed-module-missing): main (3a7ff3d3) typed jest's (the repository's jest, a test's dependency requiring
 * a path its own dependency lacks) test from `● Test suite failed to run`; node's own two were dependency already
 * (node-package-missing) and stay so.
 *
 * Time (2026-12-02, 2 shared cores, `CI_RECOVERY_REQUIRE_RUNNERS=1 npx jest` this file): 88 s at load 13-15; with tsc's
 * cases lean (LEAN_TSC), paired runs against them as they were: 30.8 s vs 36.7 s, 45.1 s vs 60.2 s at load 6-8.
 */
import path from 'node:path';
import type { Server } from './misbehaving-server.js';
import { serve } from './misbehaving-server.js';
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';
import type { NodeCase } from './real-node-cases.js';
import { NODE_CASES } from './real-node-cases.js';
import type { StepRun } from './real-steps.js';

/** A case's tool is the first word of its step unless it says otherwise. */
const needs = (c: NodeCase): NodeCase => ({ ...c, needs: c.needs ?? [c.run.split(' ')[0] ?? ''] });

/** npm's cache and pnpm's store, cache and state in the project; one fetch retry, quickly; no color. */
const homes = (dir: string): Record<string, string> => ({
  npm_config_cache: path.join(dir, '.npm-cache'),
  // pnpm's store ($XDG_DATA_HOME/pnpm/store), cache and state follow XDG's homes (npm would warn of pnpm's keys).
  XDG_DATA_HOME: path.join(dir, '.local/share'),
  XDG_STATE_HOME: path.join(dir, '.local/state'),
  npm_config_fetch_retries: '0',
  npm_config_fetch_timeout: '10000',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
});

/** A server whose port holds no HTTP status a tool could print beside it (401, 403, 404, 500-504). */
async function serveAwayFromStatusPorts(handler: Parameters<typeof serve>[0]): Promise<Server> {
  for (;;) {
    const server = await serve(handler);
    if (!/40[134]|50[0-4]/.test(String(server.port))) return server;
    await server.close();
  }
}

async function runCase(c: NodeCase): Promise<StepRun> {
  if (!c.server) return runEnvCase(c, homes);
  let url = '';
  const server = await serveAwayFromStatusPorts(c.server(() => url));
  url = server.url;
  try {
    return await runEnvCase(c, (dir) => ({ ...homes(dir), REGISTRY: url, npm_config_registry: `${url}/` }));
  } finally {
    await server.close();
  }
}

realBattery({
  title: "Node's package managers, bundlers and runtime, classified as a GitHub Actions step",
  // A Node job runs actions/setup-node first: its tsc and eslint matchers.
  setup: ['node'],
  cases: NODE_CASES.map(needs),
  run: runCase,
  name: 'NODE',
  hookMs: 240_000,
  // Three at a time: the machine is shared; vite, vitest and jest start in one to three seconds each.
  width: 3,
  installedBy: 'npm ci installs the devDependencies',
});
