import { parseWorkflowCommands } from '../../stand/runner/workflow-commands.js';
import { capAnnotations } from '../../stand/runner/job.js';

describe('workflow commands on stdout', () => {
  it('turns ::error/::warning/::notice into annotations with their properties', () => {
    const out = parseWorkflowCommands(
      [
        'plain line',
        '::error file=src/a.ts,line=12,col=3,endLine=13,title=Type%3A error::bad%0Athing',
        '::notice::fyi',
        '::warning::careful',
      ].join('\n'),
    );
    expect(out.annotations).toEqual([
      {
        level: 'error',
        message: 'bad\nthing',
        file: 'src/a.ts',
        line: 12,
        endLine: 13,
        col: 3,
        title: 'Type: error',
      },
      { level: 'notice', message: 'fyi' },
      { level: 'warning', message: 'careful' },
    ]);
    expect(out.log).toBe('plain line\nError: bad\nthing\nNotice: fyi\nWarning: careful');
  });

  it('masks ::add-mask:: values from that line on, and known secrets everywhere', () => {
    const out = parseWorkflowCommands(
      'token tok-1 and hunter2\n::add-mask::hunter2\nagain hunter2 tok-1\n::error::hunter2 leaked',
      ['tok-1'],
    );
    expect(out.log).toBe('token *** and hunter2\nagain *** ***\nError: *** leaked');
    expect(out.annotations[0]?.message).toBe('*** leaked');
    expect(out.masks).toEqual(['tok-1', 'hunter2']);
  });

  it('honours stop-commands until the resume token', () => {
    const out = parseWorkflowCommands(
      '::stop-commands::pause-1\n::error::not a command\n::pause-1::\n::error::a command',
    );
    expect(out.annotations).toEqual([{ level: 'error', message: 'a command' }]);
    expect(out.log).toContain('::error::not a command');
  });
});

describe('as actions/runner parses them (ActionCommand.cs, ActionCommandManager.cs)', () => {
  it('command names and property keys in any case; the legacy ##[cmd k=v;]data form anywhere in a line', () => {
    const parsed = parseWorkflowCommands(
      [
        '::ERROR File=a.ts,LINE=3::upper',
        'npm ERR! ##[warning file=b.ts;line=7]legacy%3B here',
        '##[notice]n',
      ].join('\n'),
    );
    expect(parsed.annotations).toEqual([
      { level: 'error', message: 'upper', file: 'a.ts', line: 3 },
      { level: 'warning', message: 'legacy; here', file: 'b.ts', line: 7 },
      { level: 'notice', message: 'n' },
    ]);
  });

  it("a line's start is trimmed as .NET's TrimStart does: NEL and no-break spaces go, a byte-order mark stays", () => {
    const out = parseWorkflowCommands('\u0085::error::nel\n\u00a0\u2028::warning::nbsp\n\ufeff::notice::bom');
    expect(out.annotations).toEqual([
      { level: 'error', message: 'nel' },
      { level: 'warning', message: 'nbsp' },
    ]);
    expect(out.log.split('\n').at(-1)).toBe('\ufeff::notice::bom');
  });

  it('the stop token resumes commands whatever its case', () => {
    const parsed = parseWorkflowCommands(
      ['::stop-commands::Pause123', '::error::hidden', '::PAUSE123::', '::error::seen'].join('\n'),
    );
    expect(parsed.annotations.map((a) => a.message)).toEqual(['seen']);
  });

  it('keeps at most 10 annotations per level per step, messages cut at 4,096 characters (ExecutionContext.cs)', () => {
    const annotations = parseWorkflowCommands(
      [...Array.from({ length: 12 }, (_, i) => `::warning::w${i}`), `::error::${'x'.repeat(5000)}`].join(
        '\n',
      ),
    ).annotations;
    capAnnotations(annotations);
    expect(annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `w${i}`),
    );
    expect(annotations.find((a) => a.level === 'error')?.message).toHaveLength(4096);
  });
});
