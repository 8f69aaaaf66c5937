/**
 * Containers, infrastructure and deploys on their tools' own published lines (`__tests__/published-infra-battery.ts`,
 * each wording cited to its source there), as whole GitHub Actions steps: every failure typed as a person would
 * label it, retried only when transient, the line shown stating the cause and never the step's echo or a wrapper;
 * a passing look-alike, inside a job whose later step fails saying nothing, gives `unknown`, not retried.
 */
import { classify } from '../../src/core/classify/index.js';
import { retriedOnPr } from '../classify-logs.js';
import { expectVerdict, passedThenFailed } from '../e2e/real-verdicts.js';
import { INFRA_CASES, infraLog, infraStep, stepText, type InfraCase } from '../published-infra-battery.js';

/**
 * Docker's, Helm's and the runner's wrappers: they say a step failed, never why. An action's own `##[error]` line
 * (core.setFailed with its message) is its cause line; the runner's exit line is not.
 */
const WRAPPER =
  /^##\[group\]|^##\[error\]Process completed with exit code|^shell: |did not complete successfully: exit code|^Error: \d+ chart\(s\) linted/;

describe('containers, infrastructure and deploys as their tools print them', () => {
  const failing = INFRA_CASES.filter((c) => c.type !== null);
  test.each(failing.map((c) => [c.name, c]))('%s', (_name, c: InfraCase) => {
    expect(c.output.some((l) => c.cause.test(l))).toBe(true);
    const v = classify({ log: infraLog(c) });
    expectVerdict(
      { name: c.name, run: stepText(c), cause: c.cause, ...(c.left ? { left: c.left } : {}) },
      c.type!,
      v,
      {
        table: 'INFRA_TABLE',
        notShown: WRAPPER,
        // a miss left as it stands may show the step's own script: asserted so, until it is mended
        echoShown: c.left !== undefined && !c.left.causeShown,
      },
    );
  });

  const passes = INFRA_CASES.filter((c) => c.type === null);
  test.each(passes.map((c) => [c.name, c]))('%s', (_name, c: InfraCase) => {
    expect(c.output.some((l) => c.cause.test(l))).toBe(true);
    const lines = infraStep(c);
    const v = classify({ log: passedThenFailed({ lines, exit: 0, log: lines.join('\n') }) });
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'unknown', retried: false });
  });
});
