/**
 * Browser end-to-end suites failing as their CI jobs make them fail, whole steps (`real-browser-cases.ts`):
 * Playwright Test, Puppeteer under mocha and Selenium WebDriver (the project's devDependencies) driving Debian's
 * chromium and chromedriver headless, run as a workflow runs a `run:` step (`real-env-run.ts` runEnvCase,
 * `bash -e {0}`) and classified as one GitHub Actions step. Each failing case asserts TAXONOMY.md's type, whether
 * the default policy retries it on a pull request (never: no case is transient), and that the line shown states
 * the cause (never Playwright's `1 failed` tally or its test's heading, mocha's `1 failing`, or the step's echo). A
 * look-alike passes inside a job whose later step fails saying nothing: it must not be typed. `REAL_BROWSER_TABLE=1`
 * prints each verdict, `REAL_BROWSER_LOGS=<dir>` writes each case's job log there. Under
 * CI_RECOVERY_REQUIRE_RUNNERS=1 a missing chromium or chromedriver fails the file; elsewhere its cases skip.
 *
 * What main (1df56212) got wrong here, 17 of 27, none retried wrongly: the type of 10 (a webServer command that
 * exits, a config that does not parse or has an option of the wrong type, `--grep` selecting no test, all test; a
 * page.goto to the job's own closed port under Playwright and Puppeteer, test; a browser not at Playwright's or
 * Puppeteer's executablePath, Puppeteer's Google Chrome channel not installed, chromedriver's `no chrome binary
 * at`, test), the line of 7 more (Playwright's `1 failed` tally over the `Error: ...` line of the test it counts:
 * toHaveText, toBeVisible, a test's own timeout, a crashed page, both toHaveScreenshot cases, a test failing in
 * every retry). Mended in rules/log-rules.json (playwright-webserver-exited, playwright-config-invalid,
 * browser-own-server-refused; test-browser-missing widened to Playwright's executablePath, Puppeteer's and
 * ChromeDriver's words) and cause-lines.ts (the tally is a summary).
 * Wrong after: none.
 *
 * Time (2026-12-03, 2 shared cores, `CI_RECOVERY_REQUIRE_RUNNERS=1 npx jest` this file): 42-43 s at load 5-8.
 */
import path from 'node:path';
import type { Server } from './misbehaving-server.js';
import { closedPort } from './misbehaving-server.js';
import { realBattery } from './real-battery.js';
import { BROWSER_CASES } from './real-browser-cases.js';
import { runEnvCase, which } from './real-env-run.js';

/**
 * The chromium and chromedriver the cases drive (Debian's /usr/bin ones here), wherever PATH has them ('' where it
 * has not: their cases skip).
 */
const BROWSER = { CHROMIUM: which('chromium') ?? '', CHROMEDRIVER: which('chromedriver') ?? '' };

/** A port on the job's own machine that nothing listens on: the job's server not started. */
let closed: Server | undefined;

/**
 * No browser downloads (offline, Debian's chromium), no colour (FORCE_COLOR=0: Playwright warns when NO_COLOR is set beside it); jest's JEST_WORKER_ID emptied, as a runner's step
 * has none: Playwright Test refuses to run under jest when it is set.
 */
const env = (dir: string): Record<string, string> => ({
  JEST_WORKER_ID: '',
  ...BROWSER,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  SE_OFFLINE: 'true',
  // Playwright's own browsers' cache (~/.cache/ms-playwright) in the project, empty: none was ever installed.
  PLAYWRIGHT_BROWSERS_PATH: path.join(dir, '.cache/ms-playwright'),
  FORCE_COLOR: '0',
  CLOSED_PORT: String(closed?.port ?? 9),
});

realBattery({
  title: 'Browser end-to-end suites against chromium, classified as a GitHub Actions step',
  // A browser suite's job runs actions/setup-node first.
  setup: ['node'],
  cases: BROWSER_CASES,
  run: (c) => runEnvCase(c, env),
  name: 'BROWSER',
  hookMs: 720_000,
  // Two at a time: the machine is shared, and each case starts a chromium.
  width: 2,
  installedBy:
    '.ci/run installs chromium and chromium-driver from Debian; npm ci installs the devDependencies',
  before: async () => {
    closed = await closedPort('127.0.0.1');
  },
  notShown:
    /^##\[(?:group\]|error\]Process completed with exit code)|^shell: |^\s*\d+ (?:failed|flaky|passed)|^\s*\d+\) \S.* › |^\s*\d+ failing$/,
});
