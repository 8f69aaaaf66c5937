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
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { retriedOnPr } from '../classify-logs.js';
import type { Server } from './misbehaving-server.js';
import { closedPort, serve, stall, status } from './misbehaving-server.js';
import { missingFor, runEnvCase } from './real-env-run.js';
import type { DocsCase } from './real-docs-cases.js';
import { DOCS_CASES } from './real-docs-cases.js';
import { expectVerdict, passedThenFailed, runAll } from './real-verdicts.js';
import type { StepRun } from './real-steps.js';
import { removeProjects } from './real-steps.js';

const missing = new Map(DOCS_CASES.map((c) => [c.name, missingFor(c)]));
const absent = [...new Set([...missing.values()].flat())];
if (process.env.CI_RECOVERY_REQUIRE_RUNNERS === '1' && absent.length > 0)
  throw new Error(
    `CI_RECOVERY_REQUIRE_RUNNERS=1 but ${absent.join(', ')} is not installed (.ci/run installs it from Debian)`,
  );
const runnable = DOCS_CASES.filter((c) => missing.get(c.name)?.length === 0);
const skipped = DOCS_CASES.filter((c) => (missing.get(c.name)?.length ?? 0) > 0);

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

let ran = (c: DocsCase): StepRun => {
  throw new Error(`${c.name} did not run`);
};
beforeAll(async () => {
  servers = [await serve(status(404)), await serve(status(503)), await serve(stall), await closedPort()];
  ran = await runAll(
    runnable,
    async (c) => {
      const r = await runEnvCase(c, env);
      const logs = process.env.REAL_DOCS_LOGS;
      if (logs)
        writeFileSync(
          path.join(logs, `${c.name.replace(/\W+/g, '-')}.log`),
          c.passes ? passedThenFailed(r) : r.log,
        );
      return r;
    },
    2,
  );
}, 180_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  removeProjects();
});

const failing = runnable.filter((c) => !c.passes);
const passing = runnable.filter((c) => c.passes);

describe("documentation builds' and link checks' failures, classified as a GitHub Actions step", () => {
  test.each(failing.map((c) => [c.name, c.type, c] as const))('%s: %s', (_name, type, c) => {
    const r = ran(c);
    expect({ case: c.name, exit: r.exit === 0 || r.exit === 127 ? r.exit : 'failed' }).toEqual({
      case: c.name,
      exit: 'failed',
    });
    expect({ case: c.name, printed: r.lines.some((l) => c.cause.test(l)), lines: r.lines }).toEqual({
      case: c.name,
      printed: true,
      lines: r.lines,
    });
    expectVerdict(c, type, classify({ log: r.log }), {
      table: 'REAL_DOCS_TABLE',
      echoShown: c.left !== undefined,
      notShown:
        /^##\[(?:group|error)\]|^shell: |^build finished with problems|^Aborted with \d+ warnings|\d+ errors? found\.?$/,
    });
  });

  test.each(passing.map((c) => [c.name, c] as const))('passes, not typed: %s', (_name, c) => {
    const r = ran(c);
    expect({ case: c.name, exit: r.exit }).toEqual({ case: c.name, exit: 0 });
    expect({ case: c.name, printed: r.lines.some((l) => c.cause.test(l)), lines: r.lines }).toEqual({
      case: c.name,
      printed: true,
      lines: r.lines,
    });
    const v = classify({ log: passedThenFailed(r) });
    if (process.env.REAL_DOCS_TABLE)
      console.log(`TABLE|${c.name}|passes|${v.type} [${v.rule}] ${retriedOnPr(v)} ${v.evidence?.text ?? ''}`);
    expect({ case: c.name, type: v.type, retried: retriedOnPr(v) }).toEqual({
      case: c.name,
      type: 'unknown',
      retried: false,
    });
  });
});

if (skipped.length > 0)
  describe.skip(`cases whose tool is not installed (${absent.join(', ')}; CI_RECOVERY_REQUIRE_RUNNERS=1 makes this an error)`, () => {
    test.each(skipped.map((c) => [c.name]))('%s', () => undefined);
  });
