/**
 * src/runner/adapters/runner.ts speaks the runner's protocol without loading @actions/core (start-up cost).
 * These tests hold it to the same bytes as @actions/core for the same calls, delimiters aside.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import {
  closeAnnotations,
  inertJson,
  inertText,
  resetAnnotationBudget,
  runner,
} from '../../src/runner/adapters/runner.js';
import { capAnnotations } from '../../stand/runner/job.js';
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
  const written = Object.fromEntries(
    files.map((f) => [f, normalize(readFileSync(path.join(dir, f), 'utf8'))]),
  );
  rmSync(dir, { recursive: true, force: true });
  return { stdout, files: written };
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
    // .NET's TrimStart drops NEL (U+0085) before the runner looks for '::'; JavaScript's \s does not hold it.
    'x\n\u0085::error title=pwn::owned by a next-line character',
    '\u0085::add-mask::recovery',
    'x\r\u00a0\u0085::stop-commands::pwn',
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

describe("a step's annotations within GitHub's limits (10 per level per step, 4,096 characters)", () => {
  function stepOutput(act: () => void): string {
    resetAnnotationBudget();
    let stdout = '';
    const write = process.stdout.write.bind(process.stdout);
    const exitCode = process.exitCode;
    process.stdout.write = (chunk: string | Uint8Array): boolean => {
      stdout += chunk.toString();
      return true;
    };
    try {
      act();
      closeAnnotations(); // what the process's exit does
    } finally {
      process.stdout.write = write;
      process.exitCode = exitCode;
      resetAnnotationBudget();
    }
    return stdout;
  }

  it('keeps 9 warnings, says how many more in the 10th, and writes every one to the log', () => {
    const parsed = parseWorkflowCommands(
      stepOutput(() => {
        for (let i = 1; i <= 15; i++) runner.warning(`warning number ${i}`);
        runner.notice('one notice');
      }),
    );
    const kept = [...parsed.annotations];
    capAnnotations(kept); // what GitHub keeps of them
    const warnings = kept.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toHaveLength(10);
    expect(warnings.slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, i) => `warning number ${i + 1}`));
    expect(warnings[9]).toBe(
      'ci-recovery: 6 more warnings of this step are in its log (GitHub keeps 10 annotations of each level per step); the job summary has the full report',
    );
    expect(kept.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual(['one notice']);
    for (let i = 10; i <= 15; i++) expect(parsed.log).toContain(`warning: warning number ${i}`);
  });

  it("the step's failure stays an annotation and counts the errors that went to the log", () => {
    const parsed = parseWorkflowCommands(
      stepOutput(() => {
        for (let i = 1; i <= 12; i++) runner.error(`error number ${i}`);
        runner.setFailed('the step failed');
      }),
    );
    const kept = [...parsed.annotations];
    capAnnotations(kept);
    const errors = kept.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(10);
    expect(errors[9]).toBe(
      'the step failed (3 more errors of this step are in its log (GitHub keeps 10 annotations of each level per step); the job summary has the full report)',
    );
  });

  it('cuts a message at 4,096 characters and says so', () => {
    const parsed = parseWorkflowCommands(stepOutput(() => runner.warning('x'.repeat(5000))));
    const [only] = parsed.annotations;
    expect(only?.message).toHaveLength(4096);
    expect(only?.message).toMatch(/x \[…cut: the full text is in this step’s log\]$/);
  });
});
