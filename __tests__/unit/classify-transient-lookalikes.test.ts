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

/** A `run:` step as the runner prints it: its header with the script in cyan, its output and its exit line. */
function scriptLog(script: string[], output: string[], exitCode: number): string {
  const header = [
    `##[group]Run ${script[0]}`,
    ...script.map((line) => `\u001b[36;1m${line}\u001b[0m`),
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
  ];
  return jobLog([...header, ...output, `##[error]Process completed with exit code ${exitCode}.`]);
}

/**
 * Status 137 is 128 + SIGKILL (bash manual, Exit Status): from outside, the OOM killer's (resource, retried). A
 * script that sends SIGKILL itself and waits for what it killed gets the same 137 from `wait` (bash manual, `wait`:
 * the status of the last process waited for), every run alike.
 */
describe('exit 137 from a kill the script sent itself', () => {
  const server = ['npm start &', 'SERVER_PID=$!', 'npx wait-on http://localhost:3000'];
  const output = ['', '> app@1.0.0 start', '> node server.js', '', 'listening on 3000'];

  test.each([['kill -9 $SERVER_PID'], ['kill -s KILL "$SERVER_PID"'], ['pkill --signal=9 -f server.js']])(
    '%s, then wait: not the OOM killer, not retried',
    (kill) => {
      const v = classify({ log: scriptLog([...server, kill, 'wait $SERVER_PID'], output, 137) });
      expect(v.type).not.toBe('resource');
      expect(retriedOnPr(v)).toBe(false);
    },
  );

  test("bash's own report of the job it killed (line N: PID Killed cmd) is that kill's too", () => {
    // bash 5.2 prints it for a background job a script killed with -9 and waited for (jobs.c pretty_print_job).
    const killed =
      '/home/runner/work/_temp/5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b.sh: line 5: 2345 Killed                  npm start';
    const v = classify({
      log: scriptLog([...server, 'kill -9 $SERVER_PID', 'wait $SERVER_PID'], [...output, killed], 137),
    });
    expect(v.type).not.toBe('resource');
    expect(retriedOnPr(v)).toBe(false);
    // Without the script's own kill, the same report is the kill from outside.
    const outside = classify({ log: scriptLog(['npm start'], [...output, killed], 137) });
    expect(outside.type).toBe('resource');
  });

  test('a kill -9 the script never reached (after the command killed, no wait after it) leaves 137 the kill from outside', () => {
    // bash -e stops at the command that failed; a later `kill -9` never ran, and a kill without a later `wait`
    // returns 0 (bash 5.2 run here: `sleep 100 & P=$!; kill -9 $P; echo after` exits 0; with `wait $P` it exits 137).
    for (const script of [
      [...server, 'npm test', 'kill -9 $SERVER_PID'],
      [...server, 'kill -9 $SERVER_PID', 'npm test'],
    ]) {
      const v = classify({ log: scriptLog(script, output, 137) });
      expect([script.join('; '), v.type]).toEqual([script.join('; '), 'resource']);
    }
    // bash's report of the foreground command the OOM killer ended, on a line before the script's own kill.
    const killed =
      '/home/runner/work/_temp/5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b.sh: line 4: 2345 Killed                  npm test';
    const v = classify({
      log: scriptLog([...server, 'npm test', 'kill -9 $SERVER_PID'], [...output, killed], 137),
    });
    expect(v.type).toBe('resource');
  });

  test('a TERM the script sent (kill without -9) leaves 137 the kill from outside: resource', () => {
    const v = classify({ log: scriptLog([...server, 'kill $SERVER_PID', 'wait $SERVER_PID'], output, 137) });
    expect(v.type).toBe('resource');
  });

  test('a `-9` that is not kill’s (head -9) is no kill', () => {
    const v = classify({ log: scriptLog(['npm test 2>&1 | head -9'], output, 137) });
    expect(v.type).toBe('resource');
  });
});
