/**
 * Misconfigured jobs in the words of the tools that refuse them, as each tool printed them when run here the way a
 * workflow misconfigures it (rules ssh-key-unusable, rustup-toolchain-missing, project-manifest-missing,
 * manifest-unparsable, make-goal-missing, signing-key-unusable, openssl-decrypt-refused, coreutils-path-missing,
 * cli-usage-refused, job-setup-invalid;
 * the tool, its version and its source are in each rule's `why`). Each step must be typed `config`, not retried,
 * and show the tool's own line, not the command's echo or a summary. Each look-alike (a test quoting the words, a
 * dependency's file, the libcrypto trace beside openssl's line, a passing step) must not be taken.
 */
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  classify,
  compileRules,
  defaultRuleSet,
  scanText,
  validateRuleFile,
} from '../../src/core/classify/index.js';
import { failedRunLog, jobLog, actionsStep, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const ruleData: unknown = JSON.parse(
  readFileSync(new URL('../../rules/log-rules.json', import.meta.url), 'utf8'),
);
const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

/** Apache Maven 3.8.7's whole output for `mvn -B --no-transfer-progres verify`, as one pipe gets it: the line, then
 * the option list that puts it 85 lines before the step's exit. */
const MVN_REFUSED: string[] = [
  'Unable to parse command line options: Unrecognized option: --no-transfer-progres',
  '',
  'usage: mvn [options] [<goal(s)>] [<phase(s)>]',
  '',
  'Options:',
  ' -am,--also-make                        If project list is specified, also',
  '                                        build projects required by the',
  '                                        list',
  ' -amd,--also-make-dependents            If project list is specified, also',
  '                                        build projects that depend on',
  '                                        projects on the list',
  ' -B,--batch-mode                        Run in non-interactive (batch)',
  '                                        mode (disables output color)',
  ' -b,--builder <arg>                     The id of the build strategy to',
  '                                        use',
  " -C,--strict-checksums                  Fail the build if checksums don't",
  '                                        match',
  " -c,--lax-checksums                     Warn if checksums don't match",
  '    --color <arg>                       Defines the color mode of the',
  "                                        output. Supported are 'auto',",
  "                                        'always', 'never'.",
  ' -cpu,--check-plugin-updates            Ineffective, only kept for',
  '                                        backward compatibility',
  ' -D,--define <arg>                      Define a system property',
  ' -e,--errors                            Produce execution error messages',
  ' -emp,--encrypt-master-password <arg>   Encrypt master security password',
  ' -ep,--encrypt-password <arg>           Encrypt server password',
  ' -f,--file <arg>                        Force the use of an alternate POM',
  '                                        file (or directory with pom.xml)',
  ' -fae,--fail-at-end                     Only fail the build afterwards;',
  '                                        allow all non-impacted builds to',
  '                                        continue',
  ' -ff,--fail-fast                        Stop at first failure in',
  '                                        reactorized builds',
  ' -fn,--fail-never                       NEVER fail the build, regardless',
  '                                        of project result',
  ' -gs,--global-settings <arg>            Alternate path for the global',
  '                                        settings file',
  ' -gt,--global-toolchains <arg>          Alternate path for the global',
  '                                        toolchains file',
  ' -h,--help                              Display help information',
  ' -l,--log-file <arg>                    Log file where all build output',
  '                                        will go (disables output color)',
  ' -llr,--legacy-local-repository         Use Maven 2 Legacy Local',
  '                                        Repository behaviour, ie no use of',
  '                                        _remote.repositories. Can also be',
  '                                        activated by using',
  '                                        -Dmaven.legacyLocalRepo=true',
  ' -N,--non-recursive                     Do not recurse into sub-projects',
  ' -npr,--no-plugin-registry              Ineffective, only kept for',
  '                                        backward compatibility',
  ' -npu,--no-plugin-updates               Ineffective, only kept for',
  '                                        backward compatibility',
  ' -nsu,--no-snapshot-updates             Suppress SNAPSHOT updates',
  ' -ntp,--no-transfer-progress            Do not display transfer progress',
  '                                        when downloading or uploading',
  ' -o,--offline                           Work offline',
  ' -P,--activate-profiles <arg>           Comma-delimited list of profiles',
  '                                        to activate',
  ' -pl,--projects <arg>                   Comma-delimited list of specified',
  '                                        reactor projects to build instead',
  '                                        of all projects. A project can be',
  '                                        specified by [groupId]:artifactId',
  '                                        or by its relative path',
  ' -q,--quiet                             Quiet output - only show errors',
  ' -rf,--resume-from <arg>                Resume reactor from specified',
  '                                        project',
  ' -s,--settings <arg>                    Alternate path for the user',
  '                                        settings file',
  ' -t,--toolchains <arg>                  Alternate path for the user',
  '                                        toolchains file',
  ' -T,--threads <arg>                     Thread count, for instance 2.0C',
  '                                        where C is core multiplied',
  ' -U,--update-snapshots                  Forces a check for missing',
  '                                        releases and updated snapshots on',
  '                                        remote repositories',
  ' -up,--update-plugins                   Ineffective, only kept for',
  '                                        backward compatibility',
  ' -v,--version                           Display version information',
  ' -V,--show-version                      Display version information',
  '                                        WITHOUT stopping build',
  ' -X,--debug                             Produce execution debug output',
  '',
  '\u001b[0m\u001b[0m',
];

/** [the step's command, its output, its exit status, the line the verdict must show] */
type Case = [string, string[], number, string];

const CASES: Case[] = [
  // OpenSSH_9.2p1 ssh-keygen on a key written from a secret: not a key, a passphrase, mode 0644
  [
    'ssh-keygen -y -f ~/.ssh/deploy_key > ~/.ssh/deploy_key.pub',
    ['Load key "/home/runner/.ssh/deploy_key": error in libcrypto'],
    255,
    'Load key "/home/runner/.ssh/deploy_key": error in libcrypto',
  ],
  [
    'ssh-keygen -y -P "" -f ~/.ssh/deploy_key',
    ['Load key "/home/runner/.ssh/deploy_key": incorrect passphrase supplied to decrypt private key'],
    255,
    'Load key "/home/runner/.ssh/deploy_key": incorrect passphrase supplied to decrypt private key',
  ],
  [
    'ssh-keygen -y -f ~/.ssh/deploy_key',
    [
      '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@',
      '@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @',
      '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@',
      "Permissions 0644 for '/home/runner/.ssh/deploy_key' are too open.",
      'It is required that your private key files are NOT accessible by others.',
      'This private key will be ignored.',
      'Load key "/home/runner/.ssh/deploy_key": bad permissions',
    ],
    255,
    "Permissions 0644 for '/home/runner/.ssh/deploy_key' are too open.",
  ],
  // rustup 1.29.0: a toolchain the job names but never installed
  [
    'cargo +1.70.0 build --locked',
    [
      "error: toolchain '1.70.0-x86_64-unknown-linux-gnu' is not installed",
      'help: run `rustup toolchain install 1.70.0-x86_64-unknown-linux-gnu` to install it',
    ],
    1,
    "error: toolchain '1.70.0-x86_64-unknown-linux-gnu' is not installed",
  ],
  // cmake 3.25.1 (configure and --build) and go 1.19.8 run where the project is not
  [
    'cmake -S . -B build',
    [
      'CMake Error: The source directory "/home/runner/work/app/app" does not appear to contain CMakeLists.txt.',
      'Specify --help for usage, or press the help button on the CMake GUI.',
    ],
    1,
    'CMake Error: The source directory "/home/runner/work/app/app" does not appear to contain CMakeLists.txt.',
  ],
  [
    'cmake --build build --config Release',
    ['Error: /home/runner/work/app/app/build is not a directory'],
    1,
    'Error: /home/runner/work/app/app/build is not a directory',
  ],
  ['cmake --build build --config Release', ['Error: could not load cache'], 1, 'Error: could not load cache'],
  [
    'go test ./...',
    ['pattern ./...: directory prefix . does not contain main module or its selected dependencies'],
    1,
    'pattern ./...: directory prefix . does not contain main module or its selected dependencies',
  ],
  // the project's manifest does not parse: npm 11.19.1, Maven 3.8.7, pip 23.2.1, go 1.19.8
  [
    'npm install',
    [
      'npm error code EJSONPARSE',
      'npm error JSON.parse Invalid package.json: JSONParseError: Expected double-quoted property name in JSON at position 39 while parsing near "...\\"version\\": \\"1.0.0\\",\\n}\\n"',
      'npm error JSON.parse Failed to parse JSON data.',
      'npm error JSON.parse Note: package.json must be actual JSON, not just JavaScript.',
      'npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2026-11-29T01_24_28_275Z-debug-0.log',
    ],
    1,
    'npm error JSON.parse Invalid package.json: JSONParseError: Expected double-quoted property name in JSON at position 39 while parsing near "...\\"version\\": \\"1.0.0\\",\\n}\\n"',
  ],
  [
    'mvn -B package',
    [
      '[INFO] Scanning for projects...',
      '[ERROR] [ERROR] Some problems were encountered while processing the POMs:',
      '[FATAL] Non-readable POM /home/runner/work/app/app/pom.xml: no more data available - expected end tag </project> to close start tag <project> from line 1, parser stopped on END_TAG seen ...</artifactId><version>1</version>... @1:110 @ ',
      ' @ ',
      '[ERROR] The build could not read 1 project -> [Help 1]',
      '[ERROR]   ',
      '[ERROR]   The project  (/home/runner/work/app/app/pom.xml) has 1 error',
    ],
    1,
    '[FATAL] Non-readable POM /home/runner/work/app/app/pom.xml: no more data available - expected end tag </project> to close start tag <project> from line 1, parser stopped on END_TAG seen ...</artifactId><version>1</version>... @1:110 @',
  ],
  [
    'pip install -e .',
    [
      'Obtaining file:///home/runner/work/app/app',
      'ERROR: Exception:',
      'Traceback (most recent call last):',
      '  File "/opt/hostedtoolcache/Python/3.11.7/x64/lib/python3.11/site-packages/pip/_vendor/tomli/_parser.py", line 580, in parse_basic_str',
      '    raise suffixed_err(src, pos, f"Illegal character {char!r}")',
      "pip._vendor.tomli.TOMLDecodeError: Illegal character '\\n' (at line 2, column 13)",
    ],
    2,
    "pip._vendor.tomli.TOMLDecodeError: Illegal character '\\n' (at line 2, column 13)",
  ],
  [
    'go build ./...',
    [
      'go: errors parsing go.mod:',
      '/home/runner/work/app/app/go.mod:7: syntax error (unterminated block started at /home/runner/work/app/app/go.mod:5:1)',
    ],
    1,
    'go: errors parsing go.mod:',
  ],
  // GNU Make 4.3 where no makefile is; OpenJDK 17 keytool where no keystore is
  [
    'make -C native',
    [
      "make: Entering directory '/home/runner/work/app/app/native'",
      'make: *** No targets specified and no makefile found.  Stop.',
      "make: Leaving directory '/home/runner/work/app/app/native'",
    ],
    2,
    'make: *** No targets specified and no makefile found.  Stop.',
  ],
  // GNU Make 4.3 asked for a goal its makefile lacks, under a step whose command says tests: no test ran
  [
    'make test',
    ["make: *** No rule to make target 'test'.  Stop."],
    2,
    "make: *** No rule to make target 'test'.  Stop.",
  ],
  [
    'make check',
    ["make: *** No rule to make target 'check'.  Stop."],
    2,
    "make: *** No rule to make target 'check'.  Stop.",
  ],
  [
    'keytool -list -keystore release.jks -storepass "$KS_PASS"',
    ['keytool error: java.lang.Exception: Keystore file does not exist: release.jks'],
    1,
    'keytool error: java.lang.Exception: Keystore file does not exist: release.jks',
  ],
  // OpenSSL 3.0.19 decrypting the job's secrets with a wrong or missing key
  [
    'openssl enc -aes-256-cbc -d -pbkdf2 -in secrets.tar.enc -out secrets.tar -pass pass:"$SECRETS_PASS"',
    [
      'bad decrypt',
      '40872466277F0000:error:1C800064:Provider routines:ossl_cipher_unpadblock:bad decrypt:../providers/implementations/ciphers/ciphercommon_block.c:124:',
    ],
    1,
    'bad decrypt',
  ],
  [
    'openssl aes-256-cbc -K $encrypted_0a6446eb3ae3_key -iv $encrypted_0a6446eb3ae3_iv -in deploy_key.enc -out deploy_key -d',
    ['iv undefined'],
    1,
    'iv undefined',
  ],
  [
    'openssl aes-256-cbc -d -in secrets.tar.enc -out secrets.tar -pass env:SECRETS_PASS',
    ['No environment variable SECRETS_PASS', 'Error getting password'],
    1,
    'No environment variable SECRETS_PASS',
  ],
  // GNU coreutils 9.1 cat of a file the workflow names, under pipefail: not the coverage tool's failure
  [
    'cat coverage/lcov.info | npx coveralls',
    ['cat: coverage/lcov.info: No such file or directory'],
    1,
    'cat: coverage/lcov.info: No such file or directory',
  ],
  // Maven 3.8.7's launcher refusing an option (its 85-line option list follows); OpenJDK 17's launcher without its jar
  [
    'mvn -B --no-transfer-progres verify',
    MVN_REFUSED,
    1,
    'Unable to parse command line options: Unrecognized option: --no-transfer-progres',
  ],
  [
    'java -jar build/libs/app.jar --spring.profiles.active=ci',
    ['Error: Unable to access jarfile build/libs/app.jar'],
    1,
    'Error: Unable to access jarfile build/libs/app.jar',
  ],
];

describe('a step the job misconfigured, in its tool’s own words', () => {
  test.each(CASES)('%s is config, not retried, and shows the tool’s line', (run, output, status, shown) => {
    const v = classify({ log: failedRunLog(run, output, status) });
    expect(v.type).toBe('config');
    expect(retriedOnPr(v)).toBe(false);
    expect(v.evidence?.text.trimEnd()).toBe(shown);
  });
});

describe('look-alikes the new words must not take', () => {
  test.each([
    ['ssh-key-file-unusable', `    assert 'Load key "id_rsa": invalid format' in result.stderr`],
    [
      'ssh-key-unusable',
      'debug1: Will attempt key: /home/runner/.ssh/id_ed25519 ED25519 SHA256:abc explicit',
    ],
    ['rustup-toolchain-missing', "info: syncing channel updates for '1.70.0-x86_64-unknown-linux-gnu'"],
    ['project-manifest-missing', 'CMake Error at CMakeLists.txt:12 (message):'],
    ['cmake-build-dir-missing', "Error: 'build' is not a directory or does not exist: skipped"],
    ['manifest-unparsable', '    at JSON.parse (<anonymous>)'],
    ['manifest-unparsable', 'SyntaxError: Unexpected token } in JSON at position 39'],
    // a downloaded dependency's POM (a cache or transfer problem), not the project's pom.xml
    [
      'manifest-unparsable',
      '[FATAL] Non-readable POM /home/runner/.m2/repository/com/acme/lib/1.0/lib-1.0.pom: no more data available',
    ],
    ['make-goal-missing', "make: Nothing to be done for 'all'."],
    ['signing-key-unusable', 'keytool error: java.lang.Exception: Alias <upload> already exists'],
    [
      'openssl-decrypt-refused',
      '40872466277F0000:error:1C800064:Provider routines:ossl_cipher_unpadblock:bad decrypt:../providers/implementations/ciphers/ciphercommon_block.c:124:',
    ],
    ['openssl-decrypt-refused', '    ✓ rejects a bad decrypt (3 ms)'],
    ['coreutils-path-missing', 'cat: write error: Broken pipe'],
    [
      'cli-usage-refused',
      '    cli_test.java:31: expected "Unable to parse command line options: Unrecognized option: --x"',
    ],
    ['cli-usage-refused', '[ERROR] Unknown lifecycle phase "verfy".'],
    // a jar that is there but broken is the build's, not a path the job named wrongly
    ['job-setup-invalid', 'Error: Invalid or corrupt jarfile build/libs/app.jar'],
  ])('%s does not fire on: %s', (id, line) => expect(fires(id, line)).toBe(false));

  test("a test whose captured output holds rustup's own line stays a failed test, at high (afterTests)", () => {
    const v = classify({
      log: failedRunLog(
        'cargo test --locked',
        [
          'running 2 tests',
          'test toolchain::tests::reports_missing ... FAILED',
          'test toolchain::tests::parses ... ok',
          '',
          'failures:',
          '',
          '---- toolchain::tests::reports_missing stdout ----',
          "error: toolchain 'nightly' is not installed",
          "thread 'toolchain::tests::reports_missing' panicked at src/toolchain.rs:40:9:",
          'assertion `left == right` failed',
          '  left: "toolchain \'nightly\' is not installed"',
          '  right: "toolchain \'nightly\' is missing"',
          '',
          'failures:',
          '    toolchain::tests::reports_missing',
          '',
          'test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
          '',
          'error: test failed, to rerun pass `--lib`',
        ],
        101,
      ),
    });
    expect(fires('rustup-toolchain-missing', "error: toolchain 'nightly' is not installed")).toBe(true);
    expect([v.type, v.confidence]).toEqual(['test', 'high']);
  });

  test("a failed test whose captured output holds npm's JSON.parse line stays a failed test, at high", () => {
    const line = 'npm error JSON.parse Unexpected end of JSON input while parsing empty string';
    const v = classify({
      log: failedRunLog('npm test', [
        '> app@1.0.0 test',
        '> jest',
        'FAIL src/install.test.ts',
        '  ● reports a broken manifest',
        '',
        '  console.error',
        line,
        '',
        '    SyntaxError: Unexpected token } in JSON at position 39',
        '        at JSON.parse (<anonymous>)',
        '      at Object.<anonymous> (src/install.test.ts:8:10)',
        '',
        'Tests:       1 failed, 4 passed, 5 total',
      ]),
    });
    expect(fires('manifest-unparsable', line)).toBe(true);
    expect([v.type, v.confidence]).toEqual(['test', 'high']);
  });

  test("tests that ran and failed before make's missing goal stay a failed test (the goal's line decides nothing)", () => {
    // GNU Make 4.3: `make test` runs pytest, which fails; the script goes on (`set +e`) to a goal the makefile lacks.
    const v = classify({
      log: failedRunLog('set +e; make test; status=$?; make report; exit $status', [
        'python -m pytest -q',
        'F...                                                                     [100%]',
        '=================================== FAILURES ===================================',
        '___________________________________ test_x ____________________________________',
        '',
        '    def test_x():',
        '>       assert 1 == 2',
        'E       assert 1 == 2',
        '',
        'tests/test_a.py:2: AssertionError',
        '=========================== short test summary info ============================',
        'FAILED tests/test_a.py::test_x - assert 1 == 2',
        '1 failed, 3 passed in 0.12s',
        'make: *** [Makefile:2: test] Error 1',
        "make: *** No rule to make target 'report'.  Stop.",
      ]),
    });
    expect(v.type).toBe('test');
  });

  // `Error: <x> is not a directory` and `Error: could not load cache` are cmake --build's only after its echo.
  test.each([
    [
      'a script of the project',
      'node scripts/check.js',
      ['Error: /home/runner/work/app/app/dist is not a directory'],
    ],
    [
      'a test run that ends on a cache of its own',
      'npm test',
      ['> app@1.0.0 test', '> node test/run.js', 'running 12 tests', 'Error: could not load cache'],
    ],
  ])("cmake --build's words from %s are not config", (_name, run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v.type).not.toBe('config');
  });
  test("a jest failure holding cmake --build's words stays a failed test, at high", () => {
    const v = classify({
      log: failedRunLog('npm test', [
        '> app@1.0.0 test',
        '> jest',
        'FAIL src/fs.test.ts',
        '  ● rejects a file path',
        '',
        '    Error: /tmp/x/out is not a directory',
        '',
        '      at Object.<anonymous> (src/fs.test.ts:8:10)',
        '',
        'Tests:       1 failed, 4 passed, 5 total',
      ]),
    });
    expect([v.type, v.confidence]).toEqual(['test', 'high']);
  });

  // Under `ssh -i` a key file ssh cannot read is a warning: ssh goes on with the agent's keys.
  const filler = Array.from({ length: 80 }, (_, i) => `deploy: copying asset ${i}`);
  test.each([
    ['Load key "/home/runner/.ssh/deploy_key": invalid format'],
    ["Permissions 0644 for '/home/runner/.ssh/deploy_key' are too open."],
  ])(
    "ssh's warning %s, long before the step fails on the network, leaves the network verdict at high",
    (warning) => {
      const v = classify({
        log: failedRunLog(
          './deploy.sh',
          [
            warning,
            ...filler,
            'ssh: connect to host deploy.example.org port 22: Connection timed out',
            'rsync: connection unexpectedly closed (0 bytes received so far) [sender]',
            'rsync error: unexplained error (code 255) at io.c(232) [sender=3.2.7]',
          ],
          255,
        ),
      });
      expect([v.type, v.confidence]).toEqual(['network', 'high']);
    },
  );

  test("coreutils-path-missing is asked only on lines that hold its commands' words", () => {
    // `: No such file or directory` ends countless lines (a shell's, python's, make's); each alternative of the
    // pattern starts with its command, so only those words select it.
    const fresh = compileRules(validateRuleFile(ruleData));
    const rule = fresh.rules.find((r) => r.spec.id === 'coreutils-path-missing');
    if (!rule) throw new Error('no coreutils-path-missing');
    const test = rule.test ?? ((t: string) => rule.re.test(t));
    const asked = jest.fn(test);
    rule.test = asked;
    if (rule.guard?.atStart) rule.guard.atStart = asked;
    scanText(
      ['bash: ./scripts/build.sh: No such file or directory', 'cat: VERSION: No such file or directory'].join(
        '\n',
      ),
      fresh,
    );
    expect(asked.mock.calls).toEqual([['cat: VERSION: No such file or directory']]);
  });

  test('a passing step whose `$(cat x)` found no file claims nothing above low', () => {
    const log = jobLog([
      ...actionsStep({ run: 'echo "version=$(cat VERSION)" >> "$GITHUB_OUTPUT"' }, [
        'cat: VERSION: No such file or directory',
      ]),
      ...actionsStep({ run: 'npm run build' }, ['> app@1.0.0 build', '> tsc -p .']),
    ]);
    const v = classify({ log });
    expect(v.type === 'config' && v.confidence !== 'low').toBe(false);
  });
});
