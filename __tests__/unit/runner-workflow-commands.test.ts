import { parseWorkflowCommands } from '../../stand/runner/workflow-commands.js';

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
