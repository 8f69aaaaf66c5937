/**
 * Issue 68, dependency read as build: Haskell Stack saying it could not construct a build plan (a package the
 * snapshot lacks, a version bound it does not meet) is a dependency failure, though `stack build` names a build
 * (commercialhaskell/stack src/Stack/Types/Build/Exception.hs ConstructPlanFailed, rule stack-build-plan-failed).
 * The compiler's own error under `stack build` stays build.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

describe('Stack could not construct a build plan: dependency', () => {
  test.each([
    [
      'Stack 2.9 and later, with its error code',
      [
        'Error: [S-4804]',
        '       Stack failed to construct a build plan.',
        '',
        '       While constructing the build plan, Stack encountered the following errors. The',
        "       'Stack configuration' refers to the set of package versions specified by the",
        '       snapshot (after any dropped packages, or pruned GHC boot packages; if a boot package',
        '       is replaced, Stack prunes all other such packages that depend on it) and any extra-deps:',
        '',
        '       In the dependencies for app-0.1.0.0:',
        '         * acme-missiles needed, but no version is in the Stack configuration (latest matching',
        '           version is 0.3).',
      ],
    ],
    [
      'Stack before error codes',
      [
        'Error: While constructing the build plan, the following exceptions were encountered:',
        '',
        'In the dependencies for app-0.1.0.0:',
        '    acme-missiles needed, but the stack configuration has no specified version  (latest matching version',
        '                  is 0.3)',
      ],
    ],
  ])('%s', (_name, output) => {
    const v = classify({ log: failedRunLog('stack build --test --no-run-tests', output, 1) });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text.trim()).toMatch(
      /^(?:Error: \[S-4804\]|Error: While constructing the build plan)/,
    );
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the compiler's error under stack build stays build", () => {
    const v = classify({
      log: failedRunLog(
        'stack build',
        [
          'app> build (lib + exe)',
          '/home/runner/work/app/app/src/Lib.hs:7:9: error: [GHC-88464]',
          '    Variable not in scope: putStrLm :: String -> IO ()',
          'Error: [S-7282]',
          '       Stack failed to execute the build plan.',
        ],
        1,
      ),
    });
    expect(v.type).toBe('build');
  });
});
