/**
 * src/adapters/runner.ts speaks the runner's protocol without loading @actions/core (start-up cost).
 * These tests hold it to the same bytes as @actions/core for the same calls, delimiters aside.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { inertJson, inertText, runner } from '../../src/adapters/runner.js';
import { parseWorkflowCommands } from '../../stand/runner/workflow-commands.js';

const tricky = 'multi\nline: 100% done, a\r\nb';
const where = { title: 'T: x, y', file: 'src/a.ts', startLine: 3, endLine: 4, startColumn: 1, endColumn: 9 };

type Io = Pick<
  typeof runner,
  | 'saveState'
  | 'setOutput'
  | 'exportVariable'
  | 'debug'
  | 'notice'
  | 'warning'
  | 'error'
  | 'startGroup'
  | 'endGroup'
  | 'info'
  | 'setSecret'
>;

function exercise(io: Io): { stdout: string; files: Record<string, string> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'runner-protocol-'));
  const files = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE'];
  const saved = { ...process.env };
  for (const f of files) {
    process.env[f] = path.join(dir, f);
    writeFileSync(process.env[f], '');
  }
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array): boolean => {
    stdout += chunk.toString();
    return true;
  };
  try {
    io.saveState('job-start', tricky);
    io.setOutput('evidence', tricky);
    io.exportVariable('CI_RECOVERY_LANE', 'HEAVY');
    io.debug(tricky);
    io.info('plain line');
    io.notice(tricky, where);
    io.warning(tricky, { title: 'only a title' });
    io.error(tricky);
    io.startGroup('group: 1');
    io.endGroup();
    io.setSecret(tricky);
  } finally {
    process.stdout.write = write;
    process.env = saved;
  }
  const normalize = (s: string): string => s.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
  return {
    stdout,
    files: Object.fromEntries(files.map((f) => [f, normalize(readFileSync(path.join(dir, f), 'utf8'))])),
  };
}

describe('runner protocol', () => {
  it('writes the same file commands and workflow commands as @actions/core', () => {
    const ours = exercise(runner);
    const theirs = exercise(core);
    expect(ours.files).toEqual(theirs.files);
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.files.GITHUB_STATE).toContain('job-start<<DELIM');
  });

  it('reads inputs and state the way @actions/core does', () => {
    const saved = { ...process.env };
    try {
      process.env['INPUT_GITHUB-TOKEN'] = '  abc  ';
      process.env.INPUT_MY_INPUT = 'x';
      process.env['STATE_job-start'] = '{"a":1}';
      expect(runner.getInput('github-token')).toBe(core.getInput('github-token'));
      expect(runner.getInput('my input')).toBe(core.getInput('my input'));
      expect(runner.getInput('absent')).toBe(core.getInput('absent'));
      expect(runner.getState('job-start')).toBe(core.getState('job-start'));
    } finally {
      process.env = saved;
    }
  });
});

describe('text we print cannot act as a workflow command', () => {
  const hostile = [
    'x\n::error title=pwn::owned',
    'x\r::error::owned by a carriage return',
    '  ::add-mask::recovery',
    'x\n\t::stop-commands::pwn\n::warning::after the stop',
    '::notice::at the start',
  ];

  it.each(hostile)('%j reaches the log as text, with no command run', (text) => {
    const lines = text.split(/\r|\n/);
    // Printed raw, the runner acts on a line (renders or swallows it): the case is real.
    expect(parseWorkflowCommands(`${text}\n`).log.split('\n')).not.toEqual(expect.arrayContaining(lines));
    const parsed = parseWorkflowCommands(`${inertText(text)}\n::notice::ours, after it\n`);
    expect(parsed.masks).toEqual([]);
    expect(parsed.annotations).toEqual([{ level: 'notice', message: 'ours, after it' }]);
    expect(parsed.log.split('\n')).toEqual(expect.arrayContaining(lines));
  });

  it('leaves ordinary text exactly as it is', () => {
    for (const text of [
      'ci-recovery: lane DOCS (all 3 changed files are docs)',
      'a::b at 12:00',
      '# heading',
    ])
      expect(inertText(text)).toBe(text);
  });

  it('JSON keeps its value and loses the ##[ form the runner finds anywhere in a line', () => {
    const value = { evidence: '##[error]boom', path: 'a\n::error::b' };
    const json = inertJson(value, 2);
    expect(json).not.toContain('##[');
    expect(json.split('\n').some((l) => l.trimStart().startsWith('::'))).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });
});
