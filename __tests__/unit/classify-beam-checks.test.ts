/**
 * The Erlang and Elixir checkers that judge code without running it (rule beam-static-check-failed), as a
 * user's failed GitHub Actions step prints them: rebar3 xref's findings and dialyzer's error, dialyxir's end of
 * a run with warnings, credo's summary of the issues it found. Each line is a format string of the source the
 * rule's `why` names, filled in. The compiler's own warnings, a clean run's summary and an xref query's echo
 * must not fire.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const fires = (line: string): boolean => ruleFires(ruleSet, 'beam-static-check-failed', line);

describe('rule beam-static-check-failed', () => {
  test.each([
    '===> src/app_server.erl:42: Warning: app_server:handle_call/3 calls undefined function app_db:fetch/2 (Xref)',
    'src/app_util.erl:10: Warning: app_util:old_helper/1 is unused export (Xref)',
    'src/app_util.erl: Warning: app_util:gone/0 is undefined function (Xref)',
    'src/app_util.erl:31: Warning: app_util:unused/2 is unused local function (Xref)',
    'src/app_db.erl:7: Warning: app_db:query/2 calls deprecated function crypto:rand_bytes/1 (Xref)',
    'Warning: app_old:api/0 is deprecated function (Xref)',
    '===> Warnings occurred running dialyzer: 3',
    'done (warnings were emitted)',
    '212 mods/funs, found 1 refactoring opportunity, 3 code readability issues.',
    '48 mods/funs, found 2 warnings.',
  ])('fires on: %s', (line) => expect(fires(line)).toBe(true));

  test.each([
    // the compiler's warnings, which do not fail a build by themselves
    'src/app_server.erl:35: Warning: behaviour gen_server undefined',
    "src/app_server.erl:242: Warning: variable 'Key' is unused",
    // clean runs
    '===> Warnings occurred running dialyzer: 0',
    'done (passed successfully)',
    '212 mods/funs, found no issues.',
    // xref starting, a query's echo
    '===> Running cross reference analysis...',
    'Query (XC - UC) || (XU - X - B)',
  ])('does not fire on: %s', (line) => expect(fires(line)).toBe(false));
});

// The steps run the checkers through a project's script, so no command word types them: the tool's line must.
describe('the verdict of a failed step in these words', () => {
  test.each([
    [
      'rebar3 xref',
      [
        '===> Verifying dependencies...',
        '===> Analyzing applications...',
        '===> Compiling app',
        '===> Running cross reference analysis...',
        '===> src/app_server.erl:42: Warning: app_server:handle_call/3 calls undefined function app_db:fetch/2 (Xref)',
        'src/app_util.erl:10: Warning: app_util:old_helper/1 is unused export (Xref)',
      ],
      1,
    ],
    [
      'rebar3 dialyzer',
      [
        '===> Dialyzer starting, this may take a while...',
        '===> Updating plt...',
        '===> Resolving files...',
        '===> Analyzing 12 files with _build/default/27.1_plt...',
        '',
        'src/app_server.erl',
        'Line 42 Column 5: The call app_db:fetch(Key::any()) will never return since it differs in the 1st argument from the success typing arguments: (binary())',
        '===> Warnings written to /home/runner/work/app/app/_build/default/27.1.dialyzer_warnings',
        '===> Warnings occurred running dialyzer: 1',
      ],
      1,
    ],
    [
      'mix dialyzer',
      [
        'Finding suitable PLTs',
        'Checking PLT...',
        'Starting Dialyzer',
        'Total errors: 1, Skipped: 0, Unnecessary Skips: 0',
        'done in 0m2.1s',
        'lib/app/server.ex:42:no_return',
        'Function handle_call/3 has no local return.',
        '________________________________________________________________________________',
        'done (warnings were emitted)',
        'Halting VM with exit status 2',
      ],
      2,
    ],
    [
      'mix credo --strict',
      [
        'Checking 42 source files ...',
        '',
        '  Code Readability',
        '┃ ',
        '┃ [R] → Modules should have a @moduledoc tag.',
        '┃       lib/app/server.ex:1:11 #(App.Server)',
        '',
        'Analysis took 0.3 seconds (0.02s to load, 0.3s running 55 checks on 42 files)',
        '212 mods/funs, found 1 code readability issue.',
      ],
      4,
    ],
  ] as [string, string[], number][])(
    '%s run by a project script is quality-gate, not retried',
    (_tool, output, code) => {
      const v = classify({ log: failedRunLog('./scripts/ci.sh', output, code) });
      expect(v.type).toBe('quality-gate');
      expect(v.rule).toBe('beam-static-check-failed');
      expect(retriedOnPr(v)).toBe(false);
    },
  );
});

describe("a checker's summary counts only where its step failed on it", () => {
  // credo with `exit_status: 0` for a category (its own .credo.exs suggests it for TODO tags) or
  // `--mute-exit-status`; dialyxir with `--ignore-exit-status`: the same summary, and the command passes. Here the
  // step goes on to a deploy that prints a page of its own and fails in words no rule knows.
  const deploy = [
    ...Array.from({ length: 80 }, (_, i) => `uploading asset ${i + 1} of 80`),
    'deploy aborted',
  ];
  test.each([
    ['credo --mute-exit-status', ['212 mods/funs, found 1 code readability issue.']],
    [
      'dialyxir --ignore-exit-status',
      ['Function handle_call/3 has no local return.', 'done (warnings were emitted)'],
    ],
  ])('%s in a project script passed, its deploy failed: not quality-gate', (_tool, output) => {
    const v = classify({ log: failedRunLog('./scripts/ci.sh', [...output, ...deploy], 1) });
    expect(v.rule).not.toBe('beam-static-check-failed');
    expect(v.type).not.toBe('quality-gate');
  });
});
