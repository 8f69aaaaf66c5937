/**
 * Issue 68: the transient rules' look-alikes, deterministic causes a tool prints in the same words. Each case is
 * read from the tool's own source; a look-alike must not be retried, and the transient it resembles still is.
 */
import { classify } from '../../src/core/classify/index.js';
import { jobLog, retriedOnPr } from '../classify-logs.js';

/**
 * The runner's set-up of a job whose action's archive it downloads (actions/runner src/Runner.Worker/ActionManager.cs
 * @ dde968bf5724d5b9ba7a759f9a114a305e2c76e7, DownloadRepositoryArchive): any failure is retried twice, then
 * `Failed to download archive '<url>' after 3 attempts.`; a 404 (ActionNotFoundException) is not retried and the
 * same wrapper says `after 1 attempts.` (ActionManagerL0.cs asserts the 404's inner exception).
 */
function setUpLog(last: string[]): string {
  const url = 'https://api.github.com/repos/acme/setup-tool/tarball/0f3c6a1d2b4e5f60718293a4b5c6d7e8f9a0b1c2';
  return jobLog([
    "Current runner version: '2.336.0'",
    'Prepare workflow directory',
    'Prepare all required actions',
    'Getting action download info',
    "Download action repository 'acme/setup-tool@v9' (SHA:0f3c6a1d2b4e5f60718293a4b5c6d7e8f9a0b1c2)",
    ...last.map((l) => l.replace('<url>', url)),
  ]);
}

describe("the runner's action download", () => {
  test('a 404 is not retried by the runner (after 1 attempts): the action is not there, no retry', () => {
    const v = classify({ log: setUpLog(["##[error]Failed to download archive '<url>' after 1 attempts."]) });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('the retries ran out (after 3 attempts): network, retried', () => {
    const v = classify({
      log: setUpLog([
        "##[warning]Failed to download action '<url>'. Error: Response status code does not indicate success: 502 (Bad Gateway).",
        '##[warning]Back off 23.854 seconds before retry.',
        "##[warning]Failed to download action '<url>'. Error: Response status code does not indicate success: 502 (Bad Gateway).",
        '##[warning]Back off 18.171 seconds before retry.',
        "##[error]Failed to download archive '<url>' after 3 attempts.",
      ]),
    });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
});
