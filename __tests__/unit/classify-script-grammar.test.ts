/**
 * How a `run:` step's script is read from its header (step-script.ts): by bash's grammar (bash manual: Lists of
 * Commands, Pipelines, The Set Builtin, Bourne Shell Builtins `trap`), a background job is a command ended by `&`,
 * not `&&` nor a redirection (`&>`, `>&`, `2>&1`), and not an `&` inside quotes, an expansion, arithmetic, a
 * comment or a here-document; a failure is tolerated after `|| true` / `|| :`, before `&&`, in a condition, after
 * `!`, under `set +e`, and in a pipeline but its last command unless `pipefail` (the `shell:` line's flags, as
 * actions/runner ScriptHandlerHelpers.cs sets them).
 */
import { mayHaveGonePast, ownScriptLine, ScriptReader } from '../../src/core/classify/step-script.js';

const BASH_E = 'shell: /usr/bin/bash -e {0}';
const BASH_PIPEFAIL = 'shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}';
const NO_DATA = 'No data to report.';
const notFound = (line: number, name: string): string =>
  `/home/runner/work/_temp/5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b.sh: line ${line}: ${name}: command not found`;

describe("the script's grammar (step-script.ts)", () => {
  const read = (lines: string[], shell = BASH_E) => {
    const reader = new ScriptReader();
    for (const line of lines) reader.line(line);
    return reader.end(shell);
  };

  test('a background job is the first `&` that ends a command, on its own line', () => {
    const script = read([
      'echo "a & b" &>/dev/null',
      'make 2>&1 && make check',
      'docker compose up -d db',
      'node srv.js & sleep 1',
    ]);
    expect(script?.beside).toEqual({ line: 4, text: 'node srv.js & sleep 1' });
    expect(script?.commands.find((c) => c.name === 'node')?.background).toBe(true);
  });

  test('a command carried over lines by a backslash or an open quote is one command', () => {
    const script = read(['docker run --rm \\', '  -p 80:80 img &', 'echo "one', 'two & three"']);
    expect(script?.beside?.line).toBe(2);
    expect(script?.commands.map((c) => c.name)).toEqual(['docker', 'echo']);
  });

  test('tolerance: || true, || :, &&, a condition, !, and set +e; not || exit 1 nor || { …; exit 1; }', () => {
    const script = read([
      'a || true',
      'b || :',
      'c && d',
      'if e; then f; fi',
      '! g',
      'h || exit 1',
      'i || { echo failed; exit 1; }',
      'j || k || echo skipped',
      'set +e',
      'l',
    ]);
    const tolerated = Object.fromEntries((script?.commands ?? []).map((c) => [c.name, c.tolerated]));
    expect(tolerated).toMatchObject({
      a: true,
      b: true,
      c: true,
      e: true,
      f: false,
      g: true,
      h: false,
      i: false,
    });
    expect(tolerated).toMatchObject({ j: true, k: true });
    expect(script?.commands.find((c) => c.name === 'l')?.errexit).toBe(false);
  });

  test('the shell line sets -e and pipefail; a shell not bash or sh gives nothing', () => {
    expect(read(['x'], BASH_PIPEFAIL)).toMatchObject({ errexit: true, pipefail: true });
    expect(read(['x'], 'shell: /usr/bin/bash {0}')).toMatchObject({ errexit: false, pipefail: false });
    expect(read(['x'], 'shell: /usr/bin/sh -e {0}')).toMatchObject({ errexit: true });
    expect(read(['x'], 'shell: /usr/bin/pwsh -command ". \'{0}\'"')).toBeUndefined();
    // A Windows runner prints the program's path, spaces and all (actions/runner ScriptHandler.cs: `shell:
    // {shellCommandPath} {argFormat}`, the path WhichUtil found).
    const gitBash = 'shell: C:\\Program Files\\Git\\bin\\bash.EXE --noprofile --norc -e -o pipefail {0}';
    expect(read(['npm start &'], gitBash)).toMatchObject({
      errexit: true,
      pipefail: true,
      beside: { line: 1 },
    });
    expect(
      read(['x &'], 'shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". \'{0}\'"'),
    ).toBeUndefined();
    expect(
      read(['x &'], 'shell: C:\\Windows\\system32\\cmd.EXE /D /E:ON /V:OFF /S /C "CALL "{0}""'),
    ).toBeUndefined();
  });

  test("a refusal's command: the line bash names, else the command its line names, else each not in the background", () => {
    const script = read(['srv &', 'tool-a --x || true', 'tool-b --y'])!;
    expect(mayHaveGonePast(script, notFound(2, 'tool-a'))).toBe(true);
    expect(mayHaveGonePast(script, notFound(3, 'tool-b'))).toBe(false);
    expect(mayHaveGonePast(script, 'usage: tool-b [-h]')).toBe(false);
    expect(mayHaveGonePast(script, 'usage: tool-a [-h]')).toBe(true);
    // Naming none, it may be tool-b's, which ended the script: it stands unless each such command was tolerated.
    expect(mayHaveGonePast(script, NO_DATA)).toBe(false);
    expect(mayHaveGonePast(read(['srv &', 'tool-a --x || true', 'tool-b --y || :']), NO_DATA)).toBe(true);
    // bash's builtins print their errors with the script's line, so a refusal naming none is not theirs.
    expect(mayHaveGonePast(read(['srv &', 'set +e', 'cd app', 'tool-b --y']), NO_DATA)).toBe(true);
    expect(mayHaveGonePast(read(['srv &', 'tool-b --y']), NO_DATA)).toBe(false);
    // Two commands of the name it names, one untolerated: it may be that one's.
    expect(mayHaveGonePast(read(['srv &', 'tool-a --x || true', 'tool-a --y']), 'usage: tool-a [-h]')).toBe(
      false,
    );
    expect(mayHaveGonePast(read(['tool-b --y']), NO_DATA)).toBe(true);
  });
});

test("a `sh -c` a tool ran names its own string's line, not the script's", () => {
  const reader = new ScriptReader();
  for (const line of ['srv &', 'tool-a --x || true', 'tool-b --y']) reader.line(line);
  const script = reader.end('shell: /usr/bin/bash -e {0}')!;
  // dash's not found (src/exec.c) on line 3 of npm's `sh -c` string: read as the script's line 3 (tool-b, not
  // tolerated) it would stand by that line; it names no command of the script, so it may be any one's, and it
  // stands while one of them (tool-b) is not tolerated, and is gone past where each is.
  expect(mayHaveGonePast(script, 'sh: 3: tool-c: not found')).toBe(false);
  const tolerant = new ScriptReader();
  for (const line of ['srv &', 'tool-a --x || true', 'tool-b --y || true']) tolerant.line(line);
  expect(mayHaveGonePast(tolerant.end('shell: /usr/bin/bash -e {0}'), 'sh: 3: tool-c: not found')).toBe(true);
  expect(mayHaveGonePast(script, '/home/runner/work/_temp/x.sh: 3: tool-b: not found')).toBe(false);
});

test("another script's `line N:` (one ours ran or sourced) is its own line, not ours", () => {
  const reader = new ScriptReader();
  for (const line of ['srv &', 'tool-a --version || true', './ci/e2e.sh || exit 1']) reader.line(line);
  const script = reader.end('shell: /usr/bin/bash -e {0}')!;
  // bash names the script it reads (./ci/e2e.sh's line 2, where it did not find tool-a), not the step's: read as
  // the step's line 2 (tool-a, tolerated) the refusal was gone past; by its names it may be e2e.sh's, which
  // ended the step.
  expect(mayHaveGonePast(script, './ci/e2e.sh: line 2: tool-a: command not found')).toBe(false);
  expect(mayHaveGonePast(script, 'ci/e2e.sh: 2: tool-a: not found')).toBe(false);
  // The runner's own script file, on hosted runners, in a job container and from Git Bash on Windows.
  for (const path of [
    '/home/runner/work/_temp/5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b.sh',
    '/__w/_temp/5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b.sh',
    '/d/a/_temp/5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b.sh',
  ])
    expect(mayHaveGonePast(script, `${path}: line 2: tool-a: command not found`)).toBe(true);
});

test('a SIGKILL the script sends itself: kill -9, -KILL, -s KILL, -n 9, pkill --signal=9, killall -s SIGKILL', () => {
  const kills = (line: string) => {
    const reader = new ScriptReader();
    reader.line(line);
    return reader.end('shell: /usr/bin/bash -e {0}')?.kills !== undefined;
  };
  for (const line of [
    'kill -9 $PID',
    'kill -KILL $PID',
    'kill -s KILL $PID',
    'kill -n 9 $PID',
    'sudo pkill --signal=9 -f srv',
    'killall -s SIGKILL node',
  ])
    expect([line, kills(line)]).toEqual([line, true]);
  for (const line of ['kill $PID', 'kill -s TERM $PID', 'head -9 log', 'echo "kill -9 $PID"', 'pkill -f srv'])
    expect([line, kills(line)]).toEqual([line, false]);
});

test('a quote left open or a header never closed stops the reader: it holds no more than its bounds', () => {
  const reader = new ScriptReader();
  expect(reader.line('echo "never closed')).toBe(true);
  let read = 1;
  while (reader.line('x'.repeat(200)) && read < 10_000) read++;
  expect(read).toBe(2000);
  expect(reader.end('shell: /usr/bin/bash -e {0}')?.commands.length).toBeLessThanOrEqual(1);
});

test('a compound command ended by `&` runs in the background: `done &`, `} &`, `fi &`, `) &`; `;&` ends a case arm', () => {
  // bash manual, Lists of Commands: a list's element is a pipeline, a compound command included (Compound
  // Commands: loops, groups, conditionals), and `&` after it runs it all in the background; `;&` and `;;&` are
  // a case clause's terminators (Conditional Constructs), not a job.
  const beside = (lines: string[]) => {
    const reader = new ScriptReader();
    for (const line of lines) reader.line(line);
    return reader.end('shell: /usr/bin/bash -e {0}')?.beside;
  };
  expect(beside(['while true; do echo alive; sleep 60; done &', 'mytool --json'])?.line).toBe(1);
  expect(beside(['{ npm start; } &', 'mytool --json'])?.line).toBe(1);
  expect(beside(['if [ -n "$CI" ]; then npm start; fi &'])?.line).toBe(1);
  expect(beside(['( cd app; npm start; ) &'])?.line).toBe(1);
  expect(beside(['for i in 1 2; do', '  curl -fsS "http://x/$i"', 'done &'])?.line).toBe(3);
  expect(
    beside(['case "$1" in', '  a) echo a ;&', '  b) echo b ;;&', '  *) echo c ;;', 'esac']),
  ).toBeUndefined();
});

test("a hostile script's reader holds no more than its bounds: an `||` chain or a command carried over every line", () => {
  // 2000 printed lines of 2000 characters (the scanner's cut, normalize.ts MAX_LINE_CHARS): what the reader keeps
  // must not grow with them (the commands it keeps, their words), only with its bounds.
  const chain = new ScriptReader();
  for (let n = 0; n < 2000; n++) chain.line(`${'a || '.repeat(398)}\\`);
  expect((Reflect.get(chain, 'orChain') as unknown[]).length).toBeLessThanOrEqual(200);
  const words = new ScriptReader();
  for (let n = 0; n < 2000; n++) words.line(`${'a '.repeat(995)}\\`);
  expect((Reflect.get(words, 'current') as { words: string[] }).words.length).toBeLessThanOrEqual(64);
  expect(words.end('shell: /usr/bin/bash -e {0}')?.commands.map((c) => c.name)).toEqual(['a']);
});

test('a command carried over lines is the one bash names on any of its lines', () => {
  // bash 5.2 run here names a command carried over lines 2 to 5 by line 3 (`line 3: mytol: command not found`).
  const reader = new ScriptReader();
  for (const line of ['srv &', 'docker rm -f old || true', 'mytol \\', '  --json \\', '  --x'])
    reader.line(line);
  const script = reader.end('shell: /usr/bin/bash -e {0}')!;
  expect(mayHaveGonePast(script, notFound(4, 'mytol'))).toBe(false);
  expect(mayHaveGonePast(script, notFound(2, 'docker'))).toBe(true);
});

test("a shell's line names a line of the step's own script only on the runner's script file", () => {
  // bash's job report (jobs.c pretty_print_job, after error.c's `<$0>: line N: `) for the runner's file and for a
  // script the step ran (`./ci/e2e.sh`): that one's line 2 is e2e.sh's, not the step's (evidence-pieces.ts ownKill).
  const own =
    '/home/runner/work/_temp/5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b.sh: line 5: 2345 Killed   npm start';
  expect(ownScriptLine(own)).toBe(5);
  expect(ownScriptLine('D:\\a\\_temp\\5f0c1a2b.sh: 3: jest: not found')).toBe(3);
  expect(ownScriptLine('./ci/e2e.sh: line 2:  2345 Killed                  node server.js')).toBeUndefined();
  expect(ownScriptLine('sh: 1: jest: not found')).toBeUndefined();
});
