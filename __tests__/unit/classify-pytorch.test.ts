/**
 * PyTorch's CI harness is a tool with published source, like jest or pytest: test/run_test.py reports a test
 * file that failed, benchmarks/dynamo/check_graph_breaks.py and check_accuracy.py a model that regressed,
 * tools/dynamo/verify_dynamo.py a smoke test that failed. Each rule's `why` in rules/log-rules.json names the
 * repository, path and commit of the format strings; the lines below are assembled from those format strings
 * with neutral values (never from a CI log), in a failed GitHub Actions step as the runner writes it. The
 * published lines themselves are proven in classify-rules.test.ts, with the guard that these rules fire in no
 * passing log of the corpus.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

/** A failed GitHub Actions step running `cmd` that printed `body`, as the runner writes its job log. */
const step = (cmd: string, body: string[]): string => jobLog(actionsStep({ run: cmd }, body, 1));

// test/run_test.py's run_tests: handle_error_messages prints failure.message, then (without --keep-going)
// raise RuntimeError(failure.message + keep_going_message), which Python prints as a traceback.
const runTestFailed = (message: string): string[] => [
  'Running test_nn 1/1 ... [2024-01-01 00:00:00.000000]',
  message,
  'Traceback (most recent call last):',
  '  File "test/run_test.py", line 2000, in <module>',
  '    main()',
  '  File "test/run_test.py", line 1900, in run_tests',
  '    raise RuntimeError(failure.message + keep_going_message)',
  `RuntimeError: ${message}`,
  '',
  'Tip: You can keep running tests even on failure by passing --keep-going to run_test.py.',
  "If running on CI, add the 'keep-going' label to your PR and rerun your jobs.",
];

describe("PyTorch's harness typed by its own words", () => {
  test('run_test.py: a test file that failed is a failed test', () => {
    const verdict = classify({
      log: step('python test/run_test.py --shard 1 2', runTestFailed('test_nn 1/1 failed!')),
    });
    expect(verdict.type).toBe('test');
    expect(verdict.rule).toBe('pytorch-run-test');
    // The evidence is the harness's first report of the file, not the tip after it (pick: first).
    expect(verdict.evidence?.text).toBe('test_nn 1/1 failed!');
  });

  test('run_test.py: a test file killed by a signal is a crashed test', () => {
    const message = 'test_nn 1/1 failed! Received signal: SIGSEGV';
    expect(classify({ log: step('python test/run_test.py', runTestFailed(message)) }).type).toBe('test');
  });

  test("run_test.py: tests that failed before the harness's time limit decide; the limit alone is a timeout", () => {
    // torch/testing/_internal/common_utils.py retry_shell: f"Command took >{timeout // 60}min, returning 124";
    // run_test returns 124 and run_tests reports the file failed. When pytest had already reported a failed test
    // before the limit (d0687, d1249: tests failed, then a hung run hit the limit), the failed test is what a
    // person fixes first and the limit says nothing of its own (evidence-pieces.ts afterFailedTests). When the limit
    // comes first, the harness aborted a whole test file: TAXONOMY.md's timeout, and the file's failure report after
    // it is the report of that kill.
    const failedFirst = [
      'distributed/test_c10d_spawn_gloo.py::TestGloo::test_all_gather FAILED [310.0221s] [100%]',
      '======================== 1 failed in 310.03s (0:05:10) =========================',
      'Command took >15min, returning 124',
      ...runTestFailed('test_nn 1/1 failed!'),
    ];
    expect(classify({ log: step('python test/run_test.py', failedFirst) }).type).toBe('test');
    const limitFirst = ['Command took >30min, returning 124', ...runTestFailed('test_nn 1/1 failed!')];
    const verdict = classify({ log: step('python test/run_test.py', limitFirst) });
    expect(verdict).toMatchObject({ type: 'timeout', rule: 'job-time-limit' });
    expect(fires('job-time-limit', 'Command took >30min, returning 124')).toBe(true);
  });

  test('check_graph_breaks.py: a model with more graph breaks than expected is a failed test', () => {
    const body = [
      'alexnet                             PASS',
      'resnet50                            FAIL:               graph_breaks=3, expected=1',
      '',
      'Error: 1 models have regressed dynamo metrics (more graph',
      'breaks / eager fallbacks, or fewer ops / graphs captured):',
      '    resnet50',
    ];
    const verdict = classify({ log: step('python benchmarks/dynamo/check_graph_breaks.py', body) });
    expect(verdict.type).toBe('test');
    expect(verdict.rule).toBe('pytorch-dynamo-baseline');
  });

  test('verify_dynamo.py: a failed smoke test of the built torch is a failed test', () => {
    const body = [
      'Traceback (most recent call last):',
      '  File "tools/dynamo/verify_dynamo.py", line 150, in check_dynamo',
      '    y = f(x)',
      "TypeError: unsupported operand type(s) for +: 'Tensor' and 'NoneType'",
      '',
      'CPU eager sanity check failed',
    ];
    const verdict = classify({ log: step('python tools/dynamo/verify_dynamo.py', body) });
    expect(verdict.type).toBe('test');
    expect(verdict.rule).toBe('pytorch-verify-dynamo');
  });

  test("trymerge.py: a ghstack commit without exactly one PR reference fails the merge bot's check", () => {
    // .github/scripts/trymerge.py _revlist_to_prs, raised from get_ghstack_prs under --check-mergeability.
    const body = [
      'Traceback (most recent call last):',
      '  File ".github/scripts/trymerge.py", line 700, in _revlist_to_prs',
      '    raise RuntimeError(',
      'RuntimeError: Found an unexpected number of PRs mentioned in commit 0123456789abcdef0123456789abcdef01234567: 2.  This is probably because you are using an old version of ghstack.  Please update ghstack and resubmit your PRs',
    ];
    const verdict = classify({
      log: step('python3 .github/scripts/trymerge.py --check-mergeability 123', body),
    });
    expect(verdict.type).toBe('quality-gate');
    expect(verdict.rule).toBe('pytorch-trymerge-ghstack-commit');
  });
});

// The same sources print these on success, for a flaky test, or for a baseline that is out of date.
const lookalikes: [string, string][] = [
  // run_test.py handle_log_file: a file that passed.
  [
    'pytorch-run-test',
    'test_nn 1/1 was successful, full logs can be found in artifacts with path test/test-reports/test_nn_1.1_0000_.log',
  ],
  // run_test.py run_test_retries: a flaky test that passed in a new process.
  [
    'pytorch-run-test',
    "The following tests failed and then succeeded when run in a new process['test_nn.py::TestNN::test_conv']",
  ],
  ['pytorch-run-test', 'Running test_nn 1/1 ... [2024-01-01 00:00:00.000000]'],
  // check_graph_breaks.py: a flaky model, a model better than its baseline, a model missing from it.
  [
    'pytorch-dynamo-baseline',
    'resnet50                            FAIL_BUT_FLAKY:     graph_breaks=3, expected=1',
  ],
  [
    'pytorch-dynamo-baseline',
    'resnet50                            IMPROVED:           graph_breaks=1, expected=3',
  ],
  [
    'pytorch-dynamo-baseline',
    'resnet50                            MISSING:            graph_breaks=1, expected=None',
  ],
  ['pytorch-dynamo-baseline', 'resnet50                            EAGER_FAILED'],
  // check_accuracy.py: a flaky model that passed.
  [
    'pytorch-dynamo-baseline',
    'hf_T5                               PASS_BUT_FLAKY: accuracy=pass, expected=fail_accuracy',
  ],
  // trymerge.py get_ghstack_prs on a stack it can read.
  ['pytorch-trymerge-ghstack-commit', 'Found 3 PRs in the stack for 123: [121, 122, 123]'],
  ['pytorch-trymerge-ghstack-commit', 'Skipping 1 of 3 PR (#121) as its already been merged'],
  // verify_dynamo.py on success.
  ['pytorch-verify-dynamo', 'All required checks passed'],
];

test.each(lookalikes)('%s does not claim: %s', (id, line) => {
  expect(fires(id, line)).toBe(false);
});
