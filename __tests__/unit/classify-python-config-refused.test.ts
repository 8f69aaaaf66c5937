/**
 * A Python tool's refusal of its own configuration, reported by the program that ran it (classify-real-lint's
 * findings): setuptools refusing pyproject.toml's `[project]` table inside pip's `metadata-generation-failed` block
 * is config, not the build pip's closing words name (pip's `error: metadata-generation-failed` is a parent's word:
 * weigh.ts CHILD_STATUS), and mypy's plugin that does not import is config, not the gate its `Found 1 error`
 * counts (mypy-report's summary is no cause line). The lines are as the tools printed them here (pip 23.0.1,
 * setuptools 66.1.1, mypy 1.0.1, Debian bookworm).
 */
import { classify, compileRules, validateRuleFile } from '../../src/core/classify/index.js';
import ruleFile from '../../rules/log-rules.json' with { type: 'json' };
import weightFile from '../../rules/weights.json' with { type: 'json' };
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

const PIP_WHEEL = 'python3 -m pip wheel . --no-deps --no-build-isolation --no-index -w dist';
const pipAround = (inner: string[], reference: string): string[] => [
  'Processing /home/runner/work/app/app',
  '  Preparing metadata (pyproject.toml): started',
  "  Preparing metadata (pyproject.toml): finished with status 'error'",
  '  error: subprocess-exited-with-error',
  '  ',
  '  × Preparing metadata (pyproject.toml) did not run successfully.',
  '  │ exit code: 1',
  `  ╰─> [${inner.length + 1} lines of output]`,
  ...inner.map((l) => `      ${l}`),
  '      [end of output]',
  '  ',
  '  note: This error originates from a subprocess, and is likely not a problem with pip.',
  `error: ${reference}`,
  '',
  '× Encountered error while generating package metadata.',
  '╰─> See above for output.',
];
const REFUSED = [
  'configuration error: `project.dependencies` must be array',
  'Traceback (most recent call last):',
  '  File "/usr/lib/python3/dist-packages/setuptools/config/pyprojecttoml.py", line 51, in validate',
  '    raise ValueError(f"{error}\\n{summary}") from None',
  'ValueError: invalid pyproject.toml config: `project.dependencies`.',
  'configuration error: `project.dependencies` must be array',
];

describe("a Python tool's refusal of its own config, under the program that ran it", () => {
  test("setuptools refusing [project] under pip's `error: metadata-generation-failed`: build, shown on the schema's words, not retried", () => {
    const v = classify({ log: failedRunLog(PIP_WHEEL, pipAround(REFUSED, 'metadata-generation-failed')) });
    expect(v.type).toBe('build');
    expect(v.rule).toBe('pyproject-project-invalid');
    expect(v.evidence?.text).toMatch(/project\.dependencies/);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a C extension failing under the same block stays build: pip's word is no refusal of its own", () => {
    const v = classify({
      log: failedRunLog(
        PIP_WHEEL,
        pipAround(
          [
            'speed.c:3:25: error: ‘undefined_name’ undeclared (first use in this function)',
            "error: command '/usr/bin/x86_64-linux-gnu-gcc' failed with exit code 1",
          ],
          'metadata-generation-failed',
        ),
      ),
    });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toMatch(/speed\.c:3:25: error:/);
  });

  const mypyPlugin = failedRunLog(
    'mypy --no-incremental .',
    [
      'mypy.ini:2: error: Error importing plugin "no_such_plugin": No module named \'no_such_plugin\'  [misc]',
      'Found 1 error in 1 file (errors prevented further checking)',
    ],
    2,
  );

  test("mypy's plugin that does not import, then its count: config, shown on mypy.ini's line", () => {
    const v = classify({ log: mypyPlugin });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toMatch(/^mypy\.ini:2: error: Error importing plugin/);
  });

  test("mypy's count of a plugin it refused is no vote, whatever mypy-report's measured weight", () => {
    // mypy-report's weight is measured on the corpus (2 right of 3 fires now, 2 of 2 on main): the verdict must
    // not rest on it. A perfect record, as main's, is the weight that would let its count outvote the refusal.
    const { weights } = weightFile as { weights: Record<string, { fires: number; right: number }> };
    const perfect = { ...weights, 'rule:mypy-report@end': { fires: 40, right: 40 } };
    const v = classify({ log: mypyPlugin }, compileRules(validateRuleFile(ruleFile), undefined, perfect));
    expect({ type: v.type, rule: v.rule }).toEqual({ type: 'config', rule: 'python-linter-config-refused' });
  });

  test("mypy's findings and their count stay quality-gate, shown on the first error", () => {
    const v = classify({
      log: failedRunLog('mypy app', [
        'app/util.py:5: error: Argument 1 to "twice" has incompatible type "str"; expected "int"',
        'app/core.py:5: error: Incompatible return value type (got "str", expected "int")',
        'Found 2 errors in 2 files (checked 3 source files)',
      ]),
    });
    expect(v.type).toBe('quality-gate');
    expect(v.evidence?.text).toMatch(/^app\/util\.py:5: error: Argument 1/);
  });
});
