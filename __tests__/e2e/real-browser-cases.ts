/**
 * Browser end-to-end suites failing for real (classify-real-browser.test.ts): Playwright Test, Puppeteer under
 * mocha and Selenium WebDriver with chromedriver, the project's devDependencies, driving Debian's chromium and
 * chromedriver headless. Each case is a `run:` step in a temporary project (`real-env-run.ts` runEnvCase,
 * `bash -e {0}`) whose node_modules is this repository's, offline: pages are `file://` pages of the project, and a
 * port that nothing listens on is $CLOSED_PORT on 127.0.0.1 (the battery's `before`); the browser
 * and its driver are $CHROMIUM and $CHROMEDRIVER, where PATH has them. `type` is TAXONOMY.md's
 * label; `cause` matches the line that states the cause, never the step's echo, Playwright's `1 failed` tally, its
 * `1) [chromium] › tests/a.spec.ts:3:5 › name` heading or mocha's `1 failing`. `passes` marks a look-alike.
 *
 * Decisions (TAXONOMY.md):
 * - An assertion that fails, a locator or selector waited for in vain, a test over its own time limit
 *   (Playwright's `Test timeout of 5000ms exceeded.`, mocha's per-test timeout), a screenshot without its baseline
 *   or unlike it, a test failing in every retry: `test`.
 * - A page that crashed (`Page crashed`, `Target crashed`): `test`, not resource and not retried. Playwright
 *   reports a renderer's crash event, whatever crashed it (its source ties it to nothing about memory): the
 *   page under test is the first suspect, and a retry does not mend a page that crashes its renderer.
 * - A page opened on a port of the job's own machine that nothing listens on (`net::ERR_CONNECTION_REFUSED at
 *   http://127.0.0.1:...`), under Playwright or Puppeteer: `config`, not retried. The job did not start its own
 *   server (the project's decision: a refusal by the job's own machine is config, service-connection-refused).
 * - Playwright's `webServer` command that exits, a config file it cannot load, `--grep` that selects no test
 *   (`Error: No tests found`): `config`, the job's setup of the runner refuses it.
 * - Playwright's wait for its `webServer` running out (`Timed out waiting 3000ms from config.webServer.`):
 *   `timeout`, retried, as main decided (tool-time-limit, e68fc66f, with its unit case in
 *   classify-config-timeout-words): TAXONOMY's timeout is a run stopped by a time limit, and a server slow to
 *   come up on a loaded runner may come up on a re-run. Kept, not changed to config here.
 * - A browser that is not where the job says (`Browser was not found at the configured executablePath`,
 *   chromedriver's `SessionNotCreatedError: ... no chrome binary at ...`): `config`, a tool the job's config
 *   expects is not installed (as `command not found`).
 */
import type { BatteryCase } from './real-battery.js';

const NODE = ['node', 'npx', 'chromium', 'chromedriver'];

/** Chromium's flags for a container as root: no sandbox, /tmp for shared memory. */
const ARGS = "['--no-sandbox', '--disable-dev-shm-usage', '--headless=new']";

/**
 * `npm init playwright`'s config, its one project chromium, Debian's chromium; `more` adds to defineConfig. The
 * limits are wide enough for a loaded machine; an expectation that fails waits its 1 s, the timeout case sets 5 s.
 */
const PW_CONFIG = (more = ''): string =>
  "import { defineConfig, devices } from '@playwright/test';\n\n" +
  'export default defineConfig({\n' +
  "  testDir: './tests',\n  timeout: 20000,\n  expect: { timeout: 1000 },\n  workers: 1,\n  forbidOnly: !!process.env.CI,\n" +
  more +
  '  projects: [\n    {\n' +
  "      name: 'chromium',\n" +
  `      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: process.env.CHROMIUM, args: ${ARGS} } },\n` +
  '    },\n  ],\n});\n';

const PAGE =
  '<!doctype html>\n<html><head><title>Shop</title></head><body>\n' +
  '<h1 id="title">Welcome</h1>\n<div id="banner" hidden>Sale</div>\n' +
  '<ul id="cart"><li>apple</li><li>pear</li></ul>\n</body></html>\n';

/** The page under test as a file:// URL, from a spec in the project's `tests/` or `test/` (CommonJS). */
const HOME_URL = "const home = 'file://' + path.join(__dirname, '..', 'site', 'index.html');\n\n";

/** A spec file's head: the page under test as a file:// URL (HOME_URL). */
const PW_HEAD =
  "import { test, expect } from '@playwright/test';\nimport path from 'node:path';\n\n" + HOME_URL;

const pw = (spec: string, more = '', files: Record<string, string> = {}): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'shop', version: '1.0.0', private: true }),
  'playwright.config.ts': PW_CONFIG(more),
  'site/index.html': PAGE,
  'tests/shop.spec.ts': PW_HEAD + spec,
  ...files,
});

const PW = 'npx playwright test';

/**
 * A mocha project whose one spec drives chromium: `requires` are its modules besides assert and path, `before` and
 * `after` open and close the browser around `body`, the describe block's tests.
 */
const mochaSpec = (
  requires: string,
  vars: string,
  before: string,
  after: string,
  body: string,
): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'shop', version: '1.0.0', private: true }),
  '.mocharc.json': JSON.stringify({ spec: 'test/*.spec.js', timeout: 20000 }),
  'site/index.html': PAGE,
  'test/shop.spec.js':
    "const assert = require('node:assert');\nconst path = require('node:path');\n" +
    requires +
    '\n' +
    HOME_URL +
    `describe('shop', function () {\n${vars}` +
    `  before(async function () {\n${before}  });\n` +
    `  after(async function () {\n${after}  });\n\n` +
    body +
    '});\n',
});

/** A mocha spec driving chromium with puppeteer-core; `body` is the describe block's tests, `launch` launch's options. */
const pptr = (body: string, launch = 'executablePath: process.env.CHROMIUM'): Record<string, string> =>
  mochaSpec(
    "const puppeteer = require('puppeteer-core');\n",
    '  let browser;\n  let page;\n',
    `    browser = await puppeteer.launch({ ${launch}, args: ${ARGS} });\n    page = await browser.newPage();\n`,
    '    await browser?.close();\n',
    body,
  );

/** A mocha spec driving chromium through chromedriver with selenium-webdriver; `binary` is a JavaScript expression. */
const selenium = (body: string, binary = 'process.env.CHROMIUM'): Record<string, string> =>
  mochaSpec(
    "const { Builder, By, until } = require('selenium-webdriver');\nconst chrome = require('selenium-webdriver/chrome');\n",
    '  let driver;\n',
    `    const options = new chrome.Options().setChromeBinaryPath(${binary}).addArguments('--headless=new', '--no-sandbox', '--disable-dev-shm-usage');\n` +
      '    const service = new chrome.ServiceBuilder(process.env.CHROMEDRIVER);\n' +
      "    driver = await new Builder().forBrowser('chrome').setChromeOptions(options).setChromeService(service).build();\n",
    '    await driver?.quit();\n',
    body,
  );

const MOCHA = 'npx mocha';

const CASES: BatteryCase[] = [
  // Playwright Test
  {
    name: 'playwright, toHaveText that does not match',
    type: 'test',
    cause: /Error: expect\(locator\)\.toHaveText\(expected\) failed/,
    files: pw(
      "test('title welcomes', async ({ page }) => {\n  await page.goto(home);\n  await expect(page.locator('#title')).toHaveText('Goodbye');\n});\n",
    ),
    run: PW,
  },
  {
    name: 'playwright, toBeVisible waited for in vain (list reporter)',
    type: 'test',
    cause: /Error: expect\(locator\)\.toBeVisible\(\) failed/,
    files: pw(
      "test('banner shows', async ({ page }) => {\n  await page.goto(home);\n  await expect(page.locator('#banner')).toBeVisible();\n});\n",
    ),
    run: `${PW} --reporter=list`,
  },
  {
    // `reporter: process.env.CI ? 'github' : 'list'` is a common config: the github reporter prints each failure as
    // a `::error` workflow command, which the job log holds as `##[error]` and its message (runner-output.ts).
    name: 'playwright, toHaveText that does not match (github reporter)',
    type: 'test',
    cause: /Error: expect\(locator\)\.toHaveText\(expected\) failed/,
    files: pw(
      "test('title welcomes', async ({ page }) => {\n  await page.goto(home);\n  await expect(page.locator('#title')).toHaveText('Goodbye');\n});\n",
    ),
    run: `${PW} --reporter=github`,
  },
  {
    name: 'playwright, a test over its own time limit',
    type: 'test',
    cause: /Test timeout of 5000ms exceeded/,
    files: pw(
      "test('checkout button', async ({ page }) => {\n  test.setTimeout(5000);\n  await page.goto(home);\n  await page.locator('#checkout').click();\n});\n",
    ),
    run: PW,
  },
  {
    name: "playwright, page.goto to the job's own server that is not started",
    type: 'config',
    cause: /net::ERR_CONNECTION_REFUSED at http:\/\/127\.0\.0\.1:\d+/,
    files: pw(
      "test('home', async ({ page }) => {\n  await page.goto(`http://127.0.0.1:${process.env.CLOSED_PORT}/`);\n  await expect(page).toHaveTitle('Shop');\n});\n",
    ),
    run: PW,
  },
  {
    name: 'playwright, a webServer command that exits',
    type: 'config',
    cause: /Process from config\.webServer was not able to start\. Exit code: 1/,
    files: pw(
      "test('home', async ({ page }) => {\n  await page.goto('/');\n});\n",
      "  webServer: { command: 'node server.js', url: `http://127.0.0.1:${process.env.CLOSED_PORT}/`, timeout: 10000 },\n",
      { 'server.js': "console.error('Error: Cannot find module ./dist/server');\nprocess.exit(1);\n" },
    ),
    run: PW,
  },
  {
    name: 'playwright, a webServer that never answers',
    type: 'timeout',
    cause: /Timed out waiting 3000ms from config\.webServer/,
    files: pw(
      "test('home', async ({ page }) => {\n  await page.goto('/');\n});\n",
      "  webServer: { command: 'sleep 30', url: `http://127.0.0.1:${process.env.CLOSED_PORT}/`, timeout: 3000 },\n",
    ),
    run: PW,
  },
  {
    name: 'playwright, a browser that is not at executablePath',
    type: 'config',
    cause: /Failed to launch chromium because executable doesn't exist at \/opt\/google\/chrome\/chrome/,
    files: {
      ...pw("test('home', async ({ page }) => {\n  await page.goto(home);\n});\n"),
      'playwright.config.ts': PW_CONFIG().replace(
        'executablePath: process.env.CHROMIUM',
        "executablePath: '/opt/google/chrome/chrome'",
      ),
    },
    run: PW,
  },
  {
    // headless: false (a suite written on a desktop) on a runner without xvfb-run: the browser exits at launch,
    // Playwright's launch error boxes its hint and quotes chromium's own line. Every test fails the same way.
    name: 'playwright, a headed browser on a runner with no X server',
    type: 'config',
    cause:
      /Looks like you launched a headed browser without having a XServer running|Missing X server or \$DISPLAY/,
    files: {
      ...pw("test('home', async ({ page }) => {\n  await page.goto(home);\n});\n"),
      'playwright.config.ts': PW_CONFIG()
        .replace(", '--headless=new'", '')
        .replace('launchOptions:', 'headless: false, launchOptions:'),
    },
    env: { DISPLAY: '' },
    run: PW,
  },
  {
    name: 'playwright, browsers never installed (no npx playwright install)',
    type: 'config',
    cause: /Executable doesn't exist at .*ms-playwright/,
    files: {
      ...pw("test('home', async ({ page }) => {\n  await page.goto(home);\n});\n"),
      'playwright.config.ts': PW_CONFIG().replace(/launchOptions: \{[^}]*\} /, ''),
    },
    run: PW,
  },
  {
    name: 'playwright, a config file that does not parse',
    type: 'config',
    cause: /playwright\.config\.ts|SyntaxError|Unexpected token/,
    files: pw("test('home', async ({ page }) => {\n  await page.goto(home);\n});\n", '  retries: 2 1,\n'),
    run: PW,
  },
  {
    name: 'playwright, a config option of the wrong type',
    type: 'config',
    cause: /config\.workers must be a number or percentage/,
    files: {
      ...pw("test('home', async ({ page }) => {\n  await page.goto(home);\n});\n"),
      'playwright.config.ts': PW_CONFIG().replace('workers: 1', "workers: 'two'"),
    },
    run: PW,
  },
  {
    name: 'playwright, --grep that selects no test',
    type: 'config',
    cause: /Error: No tests found/,
    files: pw("test('home', async ({ page }) => {\n  await page.goto(home);\n});\n"),
    run: `${PW} --grep @smoke`,
  },
  {
    name: 'playwright, the page crashes',
    type: 'test',
    cause: /Page crashed|Target crashed/,
    files: pw(
      "test('cart', async ({ page }) => {\n  await page.goto(home);\n  const crashed = page.waitForEvent('crash');\n" +
        "  const cdp = await page.context().newCDPSession(page);\n  cdp.send('Page.crash').catch(() => undefined);\n" +
        '  await crashed;\n  await page.goto(home);\n});\n',
    ),
    run: PW,
  },
  {
    name: 'playwright, toHaveScreenshot without a baseline',
    type: 'test',
    cause: /A snapshot doesn't exist at .*home-chromium-linux\.png/,
    files: pw(
      "test('home looks right', async ({ page }) => {\n  await page.goto(home);\n  await expect(page).toHaveScreenshot('home.png', { timeout: 10000 });\n});\n",
    ),
    run: PW,
  },
  {
    name: 'playwright, toHaveScreenshot unlike its baseline',
    type: 'test',
    cause: /expect\(page\)\.toHaveScreenshot\(expected\) failed|pixels \(ratio .*\) are different/,
    files: pw(
      "test('home looks right', async ({ page }) => {\n  await page.goto(home);\n" +
        "  if (process.env.RED) await page.addStyleTag({ content: 'body { background: red }' });\n" +
        "  await expect(page).toHaveScreenshot('home.png', { timeout: 10000 });\n});\n",
    ),
    // The baseline, as a previous commit wrote it; the step runs with the page changed.
    setup: 'npx playwright test --update-snapshots >/dev/null',
    env: { RED: '1' },
    run: PW,
  },
  {
    name: 'playwright, a test that fails in every retry',
    type: 'test',
    cause: /Error: expect\(locator\)\.toHaveCount\(expected\) failed/,
    files: pw(
      "test('cart holds three', async ({ page }) => {\n  await page.goto(home);\n  await expect(page.locator('#cart li')).toHaveCount(3);\n});\n",
      '  retries: 1,\n',
    ),
    run: PW,
  },
  {
    name: 'playwright, a flaky test that passes on retry',
    type: 'test',
    passes: true,
    cause: /1 flaky/,
    files: pw(
      "test('cart', async ({ page }, info) => {\n  await page.goto(home);\n" +
        "  await expect(page.locator('#cart li')).toHaveCount(info.retry === 0 ? 3 : 2);\n});\n",
      '  retries: 1,\n',
    ),
    run: PW,
  },
  {
    name: 'playwright, a passing test logging Error: and a timeout',
    type: 'test',
    passes: true,
    cause: /Error: Timeout 1000ms exceeded/,
    files: pw(
      "test('banner stays hidden', async ({ page }) => {\n  await page.goto(home);\n" +
        "  const shown = await page.locator('#banner').waitFor({ timeout: 1000 }).then(() => true, (e) => {\n" +
        '    console.log(`banner hidden as expected: Error: Timeout 1000ms exceeded (${e.name})`);\n    return false;\n  });\n' +
        '  expect(shown).toBe(false);\n});\n',
    ),
    run: PW,
  },

  // Puppeteer under mocha
  {
    name: 'puppeteer, an assertion on page.$eval that fails',
    type: 'test',
    cause: /AssertionError \[ERR_ASSERTION\]: Expected values to be strictly equal/,
    files: pptr(
      "  it('welcomes', async function () {\n    await page.goto(home);\n" +
        "    const title = await page.$eval('#title', (e) => e.textContent);\n    assert.strictEqual(title, 'Goodbye');\n  });\n",
    ),
    run: MOCHA,
  },
  {
    name: 'puppeteer, waitForSelector in vain',
    type: 'test',
    cause: /TimeoutError: Waiting for selector `#checkout` failed/,
    files: pptr(
      "  it('checks out', async function () {\n    await page.goto(home);\n" +
        "    await page.waitForSelector('#checkout', { timeout: 1000 });\n  });\n",
    ),
    run: MOCHA,
  },
  {
    name: 'puppeteer, a browser that is not at executablePath',
    type: 'config',
    cause: /Browser was not found at the configured executablePath \(\/opt\/google\/chrome\/chrome\)/,
    files: pptr(
      "  it('welcomes', async function () {\n    await page.goto(home);\n  });\n",
      "executablePath: '/opt/google/chrome/chrome'",
    ),
    run: MOCHA,
  },
  {
    name: 'puppeteer, Google Chrome asked for by channel and not installed',
    type: 'config',
    cause: /Could not find Google Chrome executable for channel 'stable' at:/,
    files: pptr(
      "  it('welcomes', async function () {\n    await page.goto(home);\n  });\n",
      "channel: 'chrome'",
    ),
    run: MOCHA,
  },
  {
    name: "puppeteer, page.goto to the job's own server that is not started",
    type: 'config',
    cause: /net::ERR_CONNECTION_REFUSED at http:\/\/127\.0\.0\.1:\d+/,
    files: pptr(
      "  it('welcomes', async function () {\n    await page.goto(`http://127.0.0.1:${process.env.CLOSED_PORT}/`);\n  });\n",
    ),
    run: MOCHA,
  },
  {
    name: 'puppeteer, a passing test printing TimeoutError and failed',
    type: 'test',
    passes: true,
    cause: /TimeoutError: Waiting for selector `#banner` failed/,
    files: pptr(
      "  it('keeps the banner hidden', async function () {\n    await page.goto(home);\n" +
        "    const err = await page.waitForSelector('#banner', { visible: true, timeout: 500 }).then(() => undefined, (e) => e);\n" +
        '    console.log(`expected: ${err}`);\n    assert.ok(err);\n  });\n',
    ),
    run: MOCHA,
  },

  // Selenium WebDriver with chromedriver, under mocha
  {
    name: 'selenium, an element that is not there',
    type: 'test',
    cause: /NoSuchElementError: no such element: Unable to locate element/,
    files: selenium(
      "  it('checks out', async function () {\n    await driver.get(home);\n" +
        "    await driver.findElement(By.id('checkout')).click();\n  });\n",
    ),
    run: MOCHA,
  },
  {
    name: 'selenium, a chrome binary that is not there',
    type: 'config',
    cause: /no chrome binary at \/opt\/google\/chrome\/chrome/,
    files: selenium(
      "  it('welcomes', async function () {\n    await driver.get(home);\n  });\n",
      "'/opt/google/chrome/chrome'",
    ),
    run: MOCHA,
  },
  {
    name: 'selenium, driver.wait in vain',
    type: 'test',
    cause: /TimeoutError: Waiting for element to be located By\(css selector, #checkout\)/,
    files: selenium(
      "  it('checks out', async function () {\n    await driver.get(home);\n" +
        "    await driver.wait(until.elementLocated(By.css('#checkout')), 1000);\n  });\n",
    ),
    run: MOCHA,
  },
  {
    name: 'selenium, a passing test printing NoSuchElementError',
    type: 'test',
    passes: true,
    cause: /NoSuchElementError/,
    files: selenium(
      "  it('has no checkout before login', async function () {\n    await driver.get(home);\n" +
        "    const err = await driver.findElement(By.id('checkout')).then(() => undefined, (e) => e);\n" +
        '    console.log(`as expected: ${err.name}: checkout failed to show`);\n    assert.ok(err);\n  });\n',
    ),
    run: MOCHA,
  },
];

/** Every case needs node, chromium and chromedriver, and the project's node_modules. */
export const BROWSER_CASES: readonly BatteryCase[] = CASES.map((c) => ({ ...c, needs: NODE, modules: true }));
