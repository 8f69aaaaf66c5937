/**
 * A `run:` step's script is read by bash's grammar only when the decision asks for it (step-script.ts
 * PrintedScript): a refusal, a status 137 or bash's word on a killed job among the failed step's pieces. Read then,
 * it says what ScriptReader fed line by line says, for a script kept whole and for one too long to keep (read as
 * it comes past MAX_KEPT characters), and a script past MAX_LINES lines is still given up.
 */
import { jest } from '@jest/globals';
import { classify } from '../../src/core/classify/index.js';
import { PrintedScript, ScriptReader } from '../../src/core/classify/step-script.js';
import { CLAP4_USAGE_ERROR as CLAP4, failedScriptLog } from '../classify-logs.js';

const BASH_E = 'shell: /usr/bin/bash -e {0}';
const BASH_PIPEFAIL = 'shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}';

function eager(lines: string[], shell: string) {
  const reader = new ScriptReader();
  for (const line of lines) reader.line(line);
  return reader.end(shell);
}

function lazy(lines: string[], shell: string) {
  const printed = new PrintedScript();
  for (const line of lines) expect(printed.line(line)).toBe(true);
  expect(printed.end(shell)).toBe(true);
  return printed.read();
}

/** A long script: `n` echo lines of 60 characters, with a here-document and a background job after them. */
function longScript(n: number): string[] {
  const echoes = Array.from(
    { length: n },
    (_, i) => `echo "line ${String(i).padStart(4, '0')} ${'x'.repeat(44)}"`,
  );
  return [
    'set +e',
    ...echoes,
    'cat <<EOF > notes.txt',
    'a & b; c',
    'EOF',
    'npm start &',
    'mytool --json || true',
    'kill -9 "$PID"',
    'wait "$PID"',
  ];
}

describe('PrintedScript reads what ScriptReader reads', () => {
  test.each([
    ['a short script kept whole', ['npm start &', 'mytool --json | tee out.txt'], BASH_PIPEFAIL],
    ['a trap and a kill', ["trap 'docker compose logs' EXIT", 'kill -9 $P', 'wait $P'], BASH_E],
    // 1000 lines of 60 characters: past MAX_KEPT (32 768) after ~540 of them, then read as they come.
    ['a script too long to keep, read as it comes', longScript(1000), BASH_E],
  ])('%s', (_name, lines, shell) => {
    const facts = lazy(lines, shell);
    expect(facts).toEqual(eager(lines, shell));
    expect(facts?.commands.length).toBeGreaterThan(0);
  });

  test('the long script’s facts past the point it was no longer kept are there', () => {
    const facts = lazy(longScript(1000), BASH_E);
    expect(facts?.beside?.text).toBe('npm start &');
    expect(facts?.kills?.text).toBe('kill -9 "$PID"');
    expect(facts?.reaps?.text).toBe('wait "$PID"');
  });

  test('read once: asked again, the same facts', () => {
    const printed = new PrintedScript();
    printed.line('npm start &');
    printed.end(BASH_E);
    expect(printed.read()).toBe(printed.read());
  });

  test('a script past MAX_LINES (2000) lines is given up, as ScriptReader gives it up', () => {
    const printed = new PrintedScript();
    const reader = new ScriptReader();
    for (let i = 1; i <= 2000; i++) {
      expect(printed.line('echo ok')).toBe(true);
      expect(reader.line('echo ok')).toBe(true);
    }
    expect(printed.line('echo ok')).toBe(false);
    expect(reader.line('echo ok')).toBe(false);
  });

  test('another shell than bash or sh is not read', () => {
    const printed = new PrintedScript();
    printed.line('Write-Host hi &');
    expect(printed.end('shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". \'{0}\'"')).toBe(false);
    expect(eager(['Write-Host hi &'], 'shell: pwsh -command ". \'{0}\'"')).toBeUndefined();
    expect(
      new PrintedScript().end('shell: C:\\Program Files\\Git\\bin\\bash.EXE --noprofile --norc -e {0}'),
    ).toBe(true);
  });
});

describe('the decision reads the script only where it needs it', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a failed test run beside a background job: the script is never read', () => {
    const read = jest.spyOn(PrintedScript.prototype, 'read');
    // jest's own summary of a failed suite (jestjs/jest packages/jest-reporters SummaryReporter).
    const log = failedScriptLog(
      ['npm start &', 'npx jest'],
      ['FAIL src/app.test.js', 'Tests:       1 failed, 3 passed, 4 total'],
      1,
    );
    expect(classify({ log }).type).toBe('test');
    expect(read).not.toHaveBeenCalled();
  });

  test('a usage error beside a background job: the script is read, and the refusal stays the cause', () => {
    const read = jest.spyOn(PrintedScript.prototype, 'read');
    const reset = [
      'Error: read ECONNRESET',
      '    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)',
    ];
    const v = classify({ log: failedScriptLog(['npm start &', 'mytool --json'], [...CLAP4, ...reset], 2) });
    expect(read).toHaveBeenCalled();
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(CLAP4[0]);
  });

  test('status 137 after the script’s own kill and wait: the script is read, and 137 is not the OOM killer’s', () => {
    const read = jest.spyOn(PrintedScript.prototype, 'read');
    const v = classify({
      log: failedScriptLog(['./server &', 'P=$!', 'kill -9 "$P"', 'wait "$P"'], [], 137),
    });
    expect(read).toHaveBeenCalled();
    expect(v.type).not.toBe('resource');
  });
});
