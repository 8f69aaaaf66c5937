/**
 * A command killed with SIGKILL, reported by the task runner or test runner that ran it (issue 68: "a process
 * killed with 137 and no out-of-memory line"): turbo's `command (<dir>) <cmd> exited (137)`, lerna's `<cmd> exited
 * 137 in '<pkg>'` (rule runner-child-exit-137) and Maven Surefire's `Process Exit Code: 137` for a test JVM that
 * never said goodbye (rule surefire-fork-killed). Each program was run here on a command SIGKILLed as the OOM killer
 * ends one, and on the look-alikes no retry mends (`fixtures/tool-output/runner-kills.json`, whose `about` says how).
 * A runner's status may be its own (`turbo run build || exit 1`, Maven's 1), so the line, not the step's status,
 * has to say it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

interface Case {
  id: string;
  run: string;
  exitCode: number;
  output: string[];
}
const recorded = (
  JSON.parse(readFileSync(path.resolve('__tests__/fixtures/tool-output/runner-kills.json'), 'utf8')) as {
    cases: Case[];
  }
).cases;
function recording(id: string): Case {
  const c = recorded.find((r) => r.id === id);
  if (!c) throw new Error(`fixtures/tool-output/runner-kills.json has no case ${id}`);
  return c;
}

describe("a task runner's report that its command died of SIGKILL (rule runner-child-exit-137)", () => {
  test.each(['turbo-killed-hash-only', 'lerna-exec-killed'])(
    '%s, under a wrapper that exits 1: resource, retried, shown on the runner line',
    (id) => {
      const { run, output } = recording(id);
      const v = classify({ log: failedRunLog(`${run} || exit 1`, output, 1) });
      expect(v.type).toBe('resource');
      expect(v.rule).toBe('runner-child-exit-137');
      expect(v.evidence?.text).toMatch(/exited \(137\)$|exited 137 in '@acme\/web'$/);
      expect(retriedOnPr(v)).toBe(true);
    },
  );

  test('turbo with the script output shown: the same, at the first line that says it', () => {
    const { run, output } = recording('turbo-killed');
    const v = classify({ log: failedRunLog(`${run} || exit 1`, output, 1) });
    expect(v.type).toBe('resource');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("turbo's report of a script that failed on its own is the script's failure", () => {
    const { run, output, exitCode } = recording('turbo-script-failed');
    expect(output).toContainEqual(expect.stringMatching(/ exited \(2\)$/));
    const v = classify({ log: failedRunLog(run, output, exitCode) });
    expect(v.type).toBe('build');
    expect(retriedOnPr(v)).toBe(false);
    const rules = defaultRuleSet();
    for (const line of output)
      expect([line, ruleFires(rules, 'runner-child-exit-137', line)]).toEqual([line, false]);
    for (const line of [
      "lerna ERR! npm run build exited 1 in '@acme/web'",
      ' ERROR  run failed: command  exited (1)',
      '@acme/web#build:  ERROR  command (/w/packages/web) /usr/bin/npm run build exited (1370)',
    ])
      expect([line, ruleFires(rules, 'runner-child-exit-137', line)]).toEqual([line, false]);
  });
});

describe("Maven Surefire's report of a test JVM killed by SIGKILL (rule surefire-fork-killed)", () => {
  test("`Process Exit Code: 137`: resource over `mvn test`'s word, retried", () => {
    const { run, output, exitCode } = recording('surefire-fork-killed');
    const v = classify({ log: failedRunLog(run, output, exitCode) });
    expect(v.type).toBe('resource');
    expect(v.rule).toBe('surefire-fork-killed');
    expect(v.evidence?.text).toBe('[ERROR] Process Exit Code: 137');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("a test that called System.exit(1) is the project's own: not this, not retried", () => {
    const { run, output, exitCode } = recording('surefire-fork-exit-1');
    expect(output).toContain('[ERROR] Process Exit Code: 1');
    expect(output).toContain(
      '[ERROR] The forked VM terminated without properly saying goodbye. VM crash or System.exit called?',
    );
    const rules = defaultRuleSet();
    for (const line of output)
      expect([line, ruleFires(rules, 'surefire-fork-killed', line)]).toEqual([line, false]);
    const v = classify({ log: failedRunLog(run, output, exitCode) });
    expect(v.type).not.toBe('resource');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a test that failed before the JVM was killed stays the failure', () => {
    const { run, output, exitCode } = recording('surefire-failed-then-killed');
    expect(output).toContain('[ERROR] Process Exit Code: 137');
    const v = classify({ log: failedRunLog(run, output, exitCode) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});
