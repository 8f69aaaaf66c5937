/**
 * A push the git host failed to receive (its `remote: Internal Server Error`, then git's report of the ref) is a
 * server error, retried; a push the host refused (`fetch first`, a hook) stays git's own refusal, not retried. The
 * lines as LSSTDESC/descwl-shear-sims issue 64 and ship-studio/ship-studio issue 678 quote GitHub's answers.
 */
import { classify } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr } from '../classify-logs.js';

const push = (report: string[]): string =>
  jobLog(
    actionsStep(
      { run: 'git push origin HEAD:gh-pages' },
      [
        'To https://github.com/acme/app',
        ...report,
        "error: failed to push some refs to 'https://github.com/acme/app'",
      ],
      1,
    ),
  );

describe('a push the git host failed or refused', () => {
  test.each([
    ['remote: Internal Server Error', ' ! [remote rejected] HEAD -> gh-pages (Internal Server Error)'],
    [
      'remote: Internal Server Error',
      ' ! [remote failure]  HEAD -> gh-pages (remote failed to report status)',
    ],
  ])('%s then %s: network, retried', (server, report) => {
    const v = classify({ log: push([server, report]) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('git-push-server-error');
    expect(v.evidence?.text).toBe(server);
    expect(retriedOnPr(v)).toBe(true);
  });

  test("the host's refusal of a push behind its branch stays git's, not retried", () => {
    const v = classify({ log: push([' ! [rejected]        HEAD -> gh-pages (fetch first)']) });
    expect(v.type).toBe('git');
    expect(retriedOnPr(v)).toBe(false);
  });
});
