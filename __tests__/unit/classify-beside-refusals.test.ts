/**
 * Issue 68, the open medium of the last review: a refusal (a usage error, `No data to report.`, the shell's `not
 * found`) is read as gone past when a later line states a cause of another type (weigh.ts wentPast). But where the
 * step's script runs a background job (`npm start &`) or sets a trap (`trap … EXIT`), that later line may be the
 * job's or the handler's, printed after the refusal ended the script: the refusal stands, unless its own command
 * was tolerated (`|| true`, `set +e`, a pipeline's first command without pipefail). The script is read from the
 * step's header as the runner prints it (actions/runner ScriptHandler.cs PrintActionDetails: `##[group]Run <first
 * line>`, each script line in bright cyan, then `shell: …`), by bash's grammar (step-script.ts). Every tool line is
 * a rule's published line.
 */
import { classify } from '../../src/core/classify/index.js';
import { CLAP4_USAGE_ERROR as CLAP4, failedScriptLog as scriptLog, retriedOnPr } from '../classify-logs.js';

const BASH_E = 'shell: /usr/bin/bash -e {0}';
const BASH_PIPEFAIL = 'shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}';

// nedbat/coveragepy coverage/report_core.py: NoDataError("No data to report.").
const NO_DATA = 'No data to report.';
// A server started in the background, its client's socket cut as the script ended: Node's uvException
// (nodejs/node lib/internal/errors.js, `${syscall} ${code}`), thrown from the stream's read.
const RESET = [
  'Error: read ECONNRESET',
  '    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)',
];
// glibc posix/getopt.c ("%s: unrecognized option '%s%s'"): a usage error that names its program (rule
// usage-error's published line).
const GETOPT = "mytool: unrecognized option '--json'";
// curl's --fail status on a throttled download (rule curl-http-throttled).
const CURL_429 = 'curl: (22) The requested URL returned error: 429';
// bash's word on a command it did not find, with the script's path and line (bash execute_cmd.c, error.c).
const notFound = (line: number, name: string): string =>
  `/home/runner/work/_temp/5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b.sh: line ${line}: ${name}: command not found`;

describe('a background job or a trap beside a refusal: the refusal stays the cause', () => {
  const cases: [name: string, script: string[], output: string[], exit: number, line: string][] = [
    [
      'npm start & then a usage error, then the server’s reset',
      ['npm start &', 'mytool --json'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
    [
      "a server in the background, coverage.py's refusal, then a download the server's script throttled",
      ['python -m http.server 8000 &', 'coverage report'],
      [NO_DATA, CURL_429],
      1,
      NO_DATA,
    ],
    [
      'an EXIT trap that prints the services’ logs after the usage error',
      ["trap 'docker compose logs' EXIT", 'mytool --json'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
    [
      'an ERR trap that uploads after the refusal',
      ['trap "curl -fsS -T out.log https://example.com/up" ERR', 'coverage report'],
      [NO_DATA, CURL_429],
      1,
      NO_DATA,
    ],
    [
      "the shell's not found, its line untolerated, beside a background job",
      ['./server --port 8080 &', 'mytol --json'],
      [notFound(2, 'mytol'), ...RESET],
      127,
      notFound(2, 'mytol'),
    ],
    [
      'a keep-alive loop in the background (`while …; done &`), then a usage error, then a reset',
      ['while true; do echo alive; sleep 60; done &', 'mytool --json'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
    [
      'a group in the background (`{ …; } &`), then a usage error, then a reset',
      ['{ npm ci; npm start; } &', 'mytool --json'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
    [
      'a tolerated cleanup (`docker rm -f old || true`) beside an untolerated command, a usage error naming none',
      ['npm start &', 'docker rm -f old || true', 'mytool --json'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
    [
      'a trap, a tolerated command and an untolerated one, then a refusal naming neither',
      ["trap 'docker compose logs' EXIT", 'coverage erase || true', 'coverage report'],
      [NO_DATA, CURL_429],
      1,
      NO_DATA,
    ],
    [
      'two commands of the name the refusal names, one of them untolerated',
      ['./server &', 'mytool --version || true', 'mytool --json'],
      [GETOPT, ...RESET],
      1,
      GETOPT,
    ],
    [
      'a script the step ran names its own line, where the step’s line of that number is tolerated',
      ['./server &', 'mytool --version || :', './ci/e2e.sh || exit 1'],
      ['./ci/e2e.sh: line 2: mytool: command not found', CURL_429],
      1,
      './ci/e2e.sh: line 2: mytool: command not found',
    ],
    [
      'a file the script sources, beside a tolerated cleanup: the refusal may be its command’s',
      ['npm start &', 'docker rm -f old || true', 'source ./ci/e2e.sh'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
    [
      'a string the script evals, beside a tolerated cleanup',
      ['npm start &', 'docker rm -f old || true', 'eval "$TEST_CMD"'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
    [
      'a job the script waits for, beside a tolerated cleanup',
      ['mytool --json &', 'docker rm -f old || true', 'wait $!'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
    [
      'a pipeline under pipefail: its first command’s refusal fails the step',
      ['npm start &', 'mytool --json | tee out.txt'],
      [...CLAP4, ...RESET],
      2,
      CLAP4[0]!,
    ],
  ];
  test.each(cases)('%s', (name, script, output, exit, line) => {
    const shell = name.includes('pipefail') ? BASH_PIPEFAIL : BASH_E;
    const v = classify({ log: scriptLog(script, output, exit, shell) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('look-alikes: what is not a background job, or a refusal tolerated beside one, is gone past', () => {
  const cases: [name: string, script: string[], output: string[], exit: number, line: string][] = [
    [
      '&& is a list, not a job',
      ['mytool --json || true', 'make && curl -fsSLO https://x.org/a'],
      [...CLAP4, CURL_429],
      22,
      CURL_429,
    ],
    [
      '&> and >& are redirections',
      ['mytool --json &> out.log || true', 'curl -fsSLO https://x.org/a >&2'],
      [...CLAP4, CURL_429],
      22,
      CURL_429,
    ],
    [
      '2>&1 is a redirection',
      ['mytool --json 2>&1 || true', 'curl -fsSLO https://x.org/a 2>&1'],
      [...CLAP4, CURL_429],
      22,
      CURL_429,
    ],
    [
      'an & in quotes, a comment, arithmetic or an expansion',
      [
        'mytool --json --name "a & b" || true # x & y',
        'echo $(( 6 & 3 )) ${v//&/and}',
        'curl -fsSLO https://x.org/a',
      ],
      [...CLAP4, CURL_429],
      22,
      CURL_429,
    ],
    [
      'an & in a here-document',
      ['cat <<EOF > cfg', 'a & b', 'EOF', 'mytool --json || true', 'curl -fsSLO https://x.org/a'],
      [...CLAP4, CURL_429],
      22,
      CURL_429,
    ],
    [
      'a refusal naming its program, tolerated on its own command beside a background job',
      ['npm start &', 'mytool --json || true', 'curl -fsSLO https://x.org/a'],
      [GETOPT, CURL_429],
      22,
      CURL_429,
    ],
    [
      'a refusal naming no program where set +e tolerates every command in the foreground',
      ['npm start &', 'set +e', 'mytool --json', 'curl -fsSLO https://x.org/a'],
      [...CLAP4, CURL_429],
      22,
      CURL_429,
    ],
    [
      "the shell's not found on a tolerated line beside a background job",
      ['./server &', 'mytol --json || :', 'curl -fsSLO https://x.org/a'],
      [notFound(2, 'mytol'), CURL_429],
      22,
      CURL_429,
    ],
    [
      'set +e beside a trap',
      ["trap 'echo done' EXIT", 'set +e', 'coverage report', 'curl -fsSLO https://x.org/a'],
      [NO_DATA, CURL_429],
      22,
      CURL_429,
    ],
    [
      'a pipeline without pipefail beside a background job',
      ['npm start &', 'mytool --json | tee out.txt', 'curl -fsSLO https://x.org/a'],
      [GETOPT, CURL_429],
      22,
      CURL_429,
    ],
    [
      'a loop in the foreground, its output redirected (`done >&2`), is no job',
      ['for f in a b; do echo "$f"; done >&2', 'mytool --json || true', 'curl -fsSLO https://x.org/a'],
      [...CLAP4, CURL_429],
      22,
      CURL_429,
    ],
    [
      'a trap removed, not set',
      ['trap - EXIT', 'mytool --json || true', 'curl -fsSLO https://x.org/a'],
      [...CLAP4, CURL_429],
      22,
      CURL_429,
    ],
  ];
  test.each(cases)('%s', (_name, script, output, exit, line) => {
    const v = classify({ log: scriptLog(script, output, exit) });
    expect(v.type).toBe('network');
    expect(v.evidence?.text).toBe(line);
  });
});
