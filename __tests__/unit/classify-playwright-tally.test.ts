/**
 * Playwright Test's tally (`  1 failed`, its reporters' epilogue) sums up the tests that failed, each reported above
 * it with its own `Error: ...` line: the line shown is that error, not the tally, nor the test's `1) [chromium] ›`
 * heading. The lines are Playwright Test 1.65.1's dot reporter driving Debian's chromium 156, as the browser battery
 * (e2e/classify-real-browser.test.ts) ran them; this runs where no browser is installed.
 */
import { isSummaryLine } from '../../src/core/classify/cause-lines.js';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

const HEADING =
  '  1) [chromium] › tests/shop.spec.ts:6:1 › title welcomes ──────────────────────────────────────────';

const failure = (error: string, detail: readonly string[]): string[] => [
  HEADING,
  '',
  `    ${error}`,
  '',
  ...detail,
  '',
  "       6 | test('title welcomes', async ({ page }) => {",
  '       7 |   await page.goto(home);',
  "    >  8 |   await expect(page.locator('#title')).toHaveText('Goodbye');",
  '         |                                        ^',
  '       9 | });',
  '        at /tmp/project/tests/shop.spec.ts:8:40',
  '',
  '    Error Context: test-results/shop-title-welcomes-chromium/error-context.md',
  '',
];

const run = (body: readonly string[]): string[] => [
  '',
  'Running 1 test using 1 worker',
  'F',
  '',
  ...body,
  '  1 failed',
  '    [chromium] › tests/shop.spec.ts:6:1 › title welcomes ───────────────────────────────────────────',
];

const TO_HAVE_TEXT = run(
  failure('Error: expect(locator).toHaveText(expected) failed', [
    "    Locator:  locator('#title')",
    '    Expected: "Goodbye"',
    '    Received: "Welcome"',
    '    Timeout:  1000ms',
  ]),
);

const CRASHED = run(
  failure('Error: page.goto: Page crashed', [
    '    Call log:',
    '      - navigating to "file:///tmp/project/site/index.html", waiting until "load"',
  ]),
);

describe("Playwright Test's failure is shown, not its tally", () => {
  test('its tally is a summary; none failed is none', () => {
    expect(isSummaryLine('1 failed')).toBe(true);
    expect(isSummaryLine('0 failed')).toBe(false);
    expect(isSummaryLine('1 flaky')).toBe(false);
  });

  test.each([
    ['toHaveText', TO_HAVE_TEXT, 'Error: expect(locator).toHaveText(expected) failed'],
    // A renderer's crash is the page's: test, not resource, and not retried.
    ['a page crashed', CRASHED, 'Error: page.goto: Page crashed'],
  ])('%s', (_name, output, error) => {
    const v = classify({ log: failedRunLog('npx playwright test', output) });
    expect({ type: v.type, rule: v.rule, shown: v.evidence?.text }).toEqual({
      type: 'test',
      rule: 'e2e-test-summary',
      shown: error,
    });
  });
});
