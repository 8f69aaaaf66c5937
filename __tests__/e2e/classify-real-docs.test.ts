/**
 * Issue 68: documentation builds and link checks failing as a docs job makes them fail, whole steps
 * (`real-docs-cases.ts`): Sphinx, MkDocs, Hugo, Jekyll, Doxygen, Asciidoctor and linkchecker from Debian, run as a
 * workflow runs a `run:` step (`real-env-run.ts` runEnvCase, `bash -e {0}`) and classified as one GitHub Actions
 * step. The linked sites are servers this file starts on the machine's outward address (`misbehaving-server.ts`):
 * one answering 404, one 503, one that never answers, and a port with nothing listening. Each failing case asserts
 * TAXONOMY.md's type, whether the default policy retries it on a pull request (the transient types only), and that
 * the line shown states the cause (never the echo, Sphinx's `build finished with problems`, MkDocs' `Aborted with
 * N warnings`, linkchecker's tally or the runner's exit line). A passing look-alike (`passes`) passes inside a job
 * whose later step fails saying nothing: it must not be typed. `REAL_DOCS_TABLE=1` prints each verdict,
 * `REAL_DOCS_LOGS=<dir>` writes each case's job log there. Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails
 * the file; elsewhere its cases skip, saying which.
 */
import type { Server } from './misbehaving-server.js';
import { closedPort, serve, stall, status } from './misbehaving-server.js';
import { realBattery } from './real-battery.js';
import { DOCS_CASES } from './real-docs-cases.js';
import { runEnvCase } from './real-env-run.js';

let servers: Server[] = [];
/** No color; the linked sites' URLs for the cases' setup (`@DEAD@`, `@DOWN@`, `@HANG@`, `@REFUSED@`). */
const env = (): Record<string, string> => {
  const [dead, down, hang, refused] = servers.map((s) => s.url);
  return {
    NO_COLOR: '1',
    TERM: 'dumb',
    DEAD_URL: dead ?? '',
    DOWN_URL: down ?? '',
    HANG_URL: hang ?? '',
    REFUSED_URL: refused ?? '',
  };
};

realBattery({
  title: "documentation builds' and link checks' failures, classified as a GitHub Actions step",
  cases: DOCS_CASES,
  run: (c) => runEnvCase(c, env),
  name: 'DOCS',
  hookMs: 180_000,
  width: 2,
  notShown:
    /^##\[(?:group\]|error\]Process completed with exit code)|^shell: |^build finished with problems|^Aborted with \d+ warnings|\d+ errors? found\.?$/,
  echoShown: (c) => c.left !== undefined,
  before: async () => {
    servers = [await serve(status(404)), await serve(status(503)), await serve(stall), await closedPort()];
  },
  after: async () => {
    await Promise.all(servers.map((s) => s.close()));
  },
});
