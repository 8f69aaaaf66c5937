/**
 * Issue 68 item 1, config: the job's command line or environment refused before any project code runs, in each
 * program's own words (every line printed here by the real program or taken from its source): git unable to sign
 * a commit or tag (git-signing-failed), the docker CLI without the plugin the workflow calls
 * (docker-cli-command-unknown), a Terraform outside the configuration's `required_version`
 * (terraform-core-version-unsupported), the Java launcher refusing its options (jvm-launcher-option-refused), a
 * `bash -c` string bash cannot parse (shell-script-syntax-error), and node, CPython or Perl refusing an option
 * (interpreter-option-refused). None is mended by running the job again.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

type Case = { rule: string; run: string; output: string[]; exit: number; line: string };

const JVM_EXIT = [
  'Error: Could not create the Java Virtual Machine.',
  'Error: A fatal exception has occurred. Program will exit.',
];

const cases: Case[] = [
  {
    rule: 'git-signing-failed',
    run: 'git commit -S -m "release v1.2.0"',
    output: ['error: gpg failed to sign the data', 'fatal: failed to write commit object'],
    exit: 128,
    line: 'error: gpg failed to sign the data',
  },
  {
    rule: 'git-signing-failed',
    run: 'git commit -S -m "release v1.2.0"',
    output: [
      'fatal: cannot run /nonexistent/gpg: No such file or directory',
      'error: gpg failed to sign the data',
      'fatal: failed to write commit object',
    ],
    exit: 128,
    line: 'fatal: cannot run /nonexistent/gpg: No such file or directory',
  },
  {
    rule: 'git-signing-failed',
    run: 'git commit -S -m "release v1.2.0"',
    output: [
      "error: Couldn't load public key /home/runner/.ssh/signing_key: No such file or directory?",
      '',
      'fatal: failed to write commit object',
    ],
    exit: 128,
    line: "error: Couldn't load public key /home/runner/.ssh/signing_key: No such file or directory?",
  },
  {
    rule: 'docker-cli-command-unknown',
    run: 'docker compose -f docker-compose.ci.yml up -d',
    output: ['docker: unknown command: docker compose', '', "Run 'docker --help' for more information"],
    exit: 1,
    line: 'docker: unknown command: docker compose',
  },
  {
    rule: 'docker-cli-command-unknown',
    run: 'docker buildx build --platform linux/amd64,linux/arm64 .',
    output: ["docker: 'buildx' is not a docker command.", "See 'docker --help'"],
    exit: 1,
    line: "docker: 'buildx' is not a docker command.",
  },
  {
    rule: 'terraform-core-version-unsupported',
    run: 'terraform init -no-color',
    output: [
      'Initializing the backend...',
      '',
      'Error: Unsupported Terraform Core version',
      '',
      '  on main.tf line 2, in terraform:',
      '   2:   required_version = ">= 99.0"',
      '',
      'This configuration does not support Terraform version 1.11.4. To proceed,',
      'either choose another supported Terraform version or update this version',
      'constraint. Version constraints are normally set for good reason, so updating',
      'the constraint may lead to other errors or unexpected behavior.',
    ],
    exit: 1,
    line: 'Error: Unsupported Terraform Core version',
  },
  {
    rule: 'jvm-launcher-option-refused',
    run: 'java -foo -jar build/libs/app.jar',
    output: ['Unrecognized option: -foo', ...JVM_EXIT],
    exit: 1,
    line: 'Unrecognized option: -foo',
  },
  {
    rule: 'jvm-launcher-option-refused',
    run: 'java $JAVA_OPTS -jar build/libs/app.jar',
    output: ["Unrecognized VM option 'UseConcMarkSweepGC'", ...JVM_EXIT],
    exit: 1,
    line: "Unrecognized VM option 'UseConcMarkSweepGC'",
  },
  {
    rule: 'jvm-launcher-option-refused',
    run: 'java -Xmx12qq -jar build/libs/app.jar',
    output: ['Invalid maximum heap size: -Xmx12qq', ...JVM_EXIT],
    exit: 1,
    line: 'Invalid maximum heap size: -Xmx12qq',
  },
  {
    rule: 'shell-script-syntax-error',
    run: 'bash -c \'if [ -n "$TAG" ]; then echo "$TAG"\'',
    output: ['bash: -c: line 2: syntax error: unexpected end of file'],
    exit: 2,
    line: 'bash: -c: line 2: syntax error: unexpected end of file',
  },
  {
    rule: 'interpreter-option-refused',
    run: 'npm run build',
    output: ['node: --foo is not allowed in NODE_OPTIONS'],
    exit: 9,
    line: 'node: --foo is not allowed in NODE_OPTIONS',
  },
  {
    rule: 'interpreter-option-refused',
    run: 'python3 --foo scripts/gen.py',
    output: [
      'unknown option --foo',
      'usage: /opt/hostedtoolcache/Python/3.11.7/x64/bin/python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...',
      "Try `python -h' for more information.",
    ],
    exit: 2,
    line: 'unknown option --foo',
  },
  {
    rule: 'interpreter-option-refused',
    run: 'perl -Z scripts/gen.pl',
    output: ['Unrecognized switch: -Z  (-h will show valid options).'],
    exit: 29,
    line: 'Unrecognized switch: -Z  (-h will show valid options).',
  },
];

describe('a command line or environment refused before any work, in the program’s own words', () => {
  test.each(cases)('$rule: $line', ({ rule, run, output, exit, line }) => {
    const v = classify({ log: failedRunLog(run, output, exit) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe(rule);
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('lines that only look like them', () => {
  test.each([
    // a test asserting on git's words quotes them; it is no signing failure of the job's own
    ['git-signing-failed', '    expect(stderr).toContain("error: gpg failed to sign the data")'],
    ['git-signing-failed', 'gpg: signing failed: No secret key'],
    // a document or a test quoting docker's refusal
    [
      'docker-cli-command-unknown',
      "| `docker: 'compose' is not a docker command` | install docker-compose-plugin |",
    ],
    ['terraform-core-version-unsupported', 'Terraform v1.11.4 on linux_amd64'],
    // the JVM that cannot reserve its heap prints the same exit lines, but no refused option
    ['jvm-launcher-option-refused', 'Error: Could not create the Java Virtual Machine.'],
    ['jvm-launcher-option-refused', 'Could not reserve enough space for object heap'],
    // a tool that names an option it skips and goes on
    ['interpreter-option-refused', 'unknown option --foo, ignoring'],
    ['interpreter-option-refused', 'Warning: Unknown option: -x'],
    // Travis' own functions eval a string; the job goes on
    [
      'shell-script-syntax-error',
      '/home/travis/.travis/functions: eval: line 105: syntax error: unexpected end of file',
    ],
  ])('%s does not fire on %j', (rule, line) => {
    expect(ruleFires(ruleSet, rule, line)).toBe(false);
  });

  test('a JVM that could not reserve its heap is not read as a refused option', () => {
    const log = failedRunLog(
      'java -Xmx64g -jar build/libs/app.jar',
      [
        'Error occurred during initialization of VM',
        'Could not reserve enough space for object heap',
        ...JVM_EXIT,
      ],
      1,
    );
    expect(classify({ log }).rule).not.toBe('jvm-launcher-option-refused');
  });
});
