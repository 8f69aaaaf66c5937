/**
 * Issue 68, item 1 of the review: a refusal the step's script went on past (`cmd --help || true` printing a usage
 * error, `coverage report || true` printing `No data to report.`) did not fail the step, so it does not outrank the
 * cause a later command printed (weigh.ts wentPast). Under bash's `-e` (GitHub's `bash -e {0}`) a command that fails
 * untolerated ends the script, and without it the status is the last command's: the refusing program exits at its
 * refusal, so a later program's own line states what failed the step. Where the refusal is the step's last command
 * (make's or npm's report of it after it, nothing of another program's) it stays the cause. Every tool line here is
 * a rule's published line (rules/log-rules.json).
 */
import { classify, weigh } from '../../src/core/classify/index.js';
import type { Piece } from '../../src/core/classify/index.js';
import { CLAP4_USAGE_ERROR as CLAP4, failedScriptLog as scriptLog, retriedOnPr } from '../classify-logs.js';

// clap-rs/clap clap_builder/src/error/format.rs: clap 2's `Found argument` wording (clap 4's is CLAP4).
const CLAP2 = [
  "error: Found argument '--json' which wasn't expected, or isn't valid in this context",
  '',
  'USAGE:',
  '    mytool [OPTIONS]',
  '',
  'For more information try --help',
];
// nedbat/coveragepy coverage/report_core.py: NoDataError("No data to report.").
const NO_DATA = 'No data to report.';
// The later commands' own lines: curl's --fail status (rule curl-http-throttled), gh's GraphQL failure
// (gh-graphql-query-failed), Gradle's JVM crash report (gradle-daemon-jvm-crash).
const CURL_429 = 'curl: (22) The requested URL returned error: 429';
const GH_QUERY =
  'gh: Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `C3E0:1F2B` when reporting this issue.';
const JVM_CRASH = 'JVM crash log found: file:///home/runner/work/app/app/hs_err_pid4242.log';
// moby/buildkit's report of a RUN that failed, as docker buildx prints it (rule docker-run-failed): a parent's word.
const RUN_FAILED = (cmd: string, code: number): string =>
  `ERROR: failed to solve: process "/bin/sh -c ${cmd}" did not complete successfully: exit code: ${code}`;

type Case = [name: string, script: string[], output: string[], exit: number, type: string, line: string];

describe('a refusal a later command went on past is not the cause', () => {
  const cases: Case[] = [
    [
      'a usage error probed under || true, then a GraphQL query',
      ['mytool --json || true', 'gh api graphql -f query=@q.graphql'],
      [...CLAP4, GH_QUERY],
      1,
      'network',
      GH_QUERY,
    ],
    [
      "coverage.py's refusal under || true, then a download throttled",
      ['coverage report || true', 'curl -fsSL -o x.tgz https://example.com/x.tgz'],
      [NO_DATA, CURL_429],
      22,
      'network',
      CURL_429,
    ],
    [
      "clap 2's wording under || true, then a download throttled",
      ['mytool --json || true', 'curl -fsSL -o x.tgz https://example.com/x.tgz'],
      [...CLAP2, CURL_429],
      22,
      'network',
      CURL_429,
    ],
    [
      'a usage error probed under || true, then a Gradle build whose JVM crashed',
      ['mytool --json || true', './gradlew build'],
      [...CLAP4, '> Task :app:compileJava', JVM_CRASH],
      1,
      'build',
      JVM_CRASH,
    ],
  ];
  test.each(cases)('%s', (_name, script, output, exit, type, line) => {
    const v = classify({ log: scriptLog(script, output, exit) });
    expect(v.type).toBe(type);
    expect(v.evidence?.text).toBe(line);
  });
});

describe('look-alikes: the refusal is the step’s last command, and stays its cause', () => {
  const cases: [name: string, script: string[], output: string[], exit: number, line: string][] = [
    [
      "make's report of the usage error after it",
      ['make lint'],
      ['ruff check --json .', ...CLAP4, 'make: *** [Makefile:3: lint] Error 2'],
      2,
      CLAP4[0]!,
    ],
    [
      "npm's report of coverage.py's refusal after it",
      ['npm run coverage'],
      [
        '',
        '> app@1.0.0 coverage',
        '> coverage report',
        '',
        NO_DATA,
        'npm error Lifecycle script `coverage` failed with error:',
        'npm error code 1',
      ],
      1,
      NO_DATA,
    ],
    [
      "BuildKit's report of a RUN that refused",
      ['docker build .'],
      [
        '#9 [5/6] RUN coverage report',
        `#9 0.412 ${NO_DATA}`,
        '#9 ERROR: process "/bin/sh -c coverage report" did not complete successfully: exit code: 1',
        '------',
        RUN_FAILED('coverage report', 1),
      ],
      1,
      NO_DATA,
    ],
    [
      'an image build gone past under || true, then the usage error',
      ['docker build . || true', 'mytool --json'],
      [RUN_FAILED('make', 2), ...CLAP4],
      2,
      CLAP4[0]!,
    ],
    [
      'an image build gone past under || true, then coverage.py refuses',
      ['docker build . || true', 'coverage report'],
      [RUN_FAILED('make', 2), NO_DATA],
      1,
      NO_DATA,
    ],
    [
      'a download gone past under || true, then the usage error',
      ['curl -fsSL -o x.tgz https://example.com/x.tgz || true', 'mytool --json'],
      [CURL_429, ...CLAP4],
      2,
      CLAP4[0]!,
    ],
  ];
  test.each(cases)('%s', (_name, script, output, exit, line) => {
    const v = classify({ log: scriptLog(script, output, exit) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });
});

// GNU make's word under -j (job.c reap_children) and cargo's (job_queue on_error) that jobs already started still
// run: the lines after it are theirs, printed beside the failure, not a later command's.
const MAKE_WAIT = 'make: *** Waiting for unfinished jobs....';
const CARGO_WAIT = 'warning: build failed, waiting for other jobs to finish...';
// prost-build's refusal as a build script's main returns it (rule companion-tool-missing), under cargo's report.
const PROTOC = [
  'error: failed to run custom build command for `api v0.1.0 (/home/runner/work/app/app/api)`',
  '',
  'Caused by:',
  "  process didn't exit successfully: `/home/runner/work/app/app/target/debug/build/api-0c1d/build-script-build` (exit status: 1)",
  '  --- stderr',
  '  Error: Custom { kind: NotFound, error: "Could not find `protoc`. If `protoc` is installed, try setting the `PROTOC` environment variable to the path of the `protoc` binary. To install it on Debian, run `apt-get install protobuf-compiler`. It is also available at https://github.com/protocolbuffers/protobuf/releases  For more information: https://docs.rs/prost-build/#sourcing-protoc" }',
];

describe('look-alikes: a job the build tool let finish after the refusal did not go on past it', () => {
  test("make -j: another recipe's download failing after make's wait leaves the usage error the cause", () => {
    const output = [...CLAP4, 'make: *** [Makefile:3: lint] Error 2', MAKE_WAIT, CURL_429];
    const v = classify({ log: scriptLog(['make -j2 lint fetch'], output, 2) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(CLAP4[0]);
    expect(retriedOnPr(v)).toBe(false);
  });

  test('cargo: a crate compiled beside the build script leaves the missing protoc the cause', () => {
    const output = [
      ...PROTOC,
      CARGO_WAIT,
      'error[E0425]: cannot find value `x` in this scope',
      ' --> src/main.rs:2:5',
      'error: could not compile `app` (bin "app") due to 1 previous error',
    ];
    const v = classify({ log: scriptLog(['cargo build'], output, 101) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(PROTOC[5]!.trim());
  });

  test('a tolerated refusal, then a make -j whose own failure came before the wait: gone past', () => {
    const output = [...CLAP4, CURL_429, 'make: *** [Makefile:5: x.tgz] Error 22', MAKE_WAIT];
    const v = classify({ log: scriptLog(['mytool --json || true', 'make -j2 all'], output, 2) });
    expect(v.type).toBe('network');
    expect(v.evidence?.text).toBe(CURL_429);
  });
});

describe('the line shown never comes from a refusal gone past', () => {
  test('a verdict the command decided shows what failed after the refusal, not the refusal', () => {
    // make's word on the recipe that failed: the command's word, whose line shown is what the tool said above it.
    const output = [...CLAP4, CURL_429, 'make: *** [Makefile:5: vendor.tgz] Error 22'];
    const v = classify({ log: scriptLog(['mytool --json || true', 'make all'], output, 2) });
    expect(v.type).not.toBe('config');
    expect(v.evidence?.text).toBe(CURL_429);
  });
});

describe('weighing the pieces', () => {
  const piece = (key: string, type: Piece['type'], line: number, extra: Partial<Piece> = {}): Piece => ({
    key,
    type,
    evidence: { line, text: key },
    prior: 0.75,
    ...extra,
  });
  const weights = {
    'rule:refusal@end': { fires: 20, right: 20 },
    'rule:later@end': { fires: 20, right: 10 },
  };

  test("the shell's `not found` gone past is no cause either", () => {
    const pieces = [piece('shell:not-found', 'config', 5), piece('rule:later@end', 'build', 9)];
    expect(weigh(pieces, { ...weights, 'shell:not-found': { fires: 20, right: 20 } })?.piece.type).toBe(
      'build',
    );
  });

  test('a later generic line or summary is a wrapper that may report the refusal: the refusal stands', () => {
    for (const extra of [{ generic: true }, { summary: true }]) {
      const pieces = [piece('rule:refusal@end', 'config', 5), piece('rule:later@end', 'build', 9, extra)];
      expect(weigh(pieces, weights)?.piece.type).toBe('config');
    }
  });

  test('a later line whose type config causes (a resolver failing on the job’s setup) keeps the refusal', () => {
    const pieces = [piece('rule:refusal@end', 'config', 5), piece('rule:later@end', 'dependency', 9)];
    expect(weigh(pieces, weights)?.piece.type).toBe('config');
  });

  test('the later line must begin after the refusal: a cause first stated above it does not count', () => {
    const later = piece('rule:later@end', 'build', 9, { first: { line: 3, text: 'first' } });
    expect(weigh([piece('rule:refusal@end', 'config', 5), later], weights)?.piece.type).toBe('config');
  });
});
