/**
 * The rules the real-env battery (`__tests__/e2e/classify-real-env.test.ts`) found missing, each written from its
 * tool's source (cited in rules/log-rules.json): CMake finding no compiler for a language the project enables
 * (cmake-compiler-not-found), a step's command ended by the file size limit (file-size-limit), and the line a
 * missing environment variable's `os.environ[...]` shows (ci-credentials-missing's evidence: the KeyError, not
 * os's frame). They hold for the wording's variable parts (another language, compiler, path, pid), not for the
 * battery's bytes, and leave alone the lines beside them.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const rules = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(rules, id, line);
const step = (run: string, output: string[], code = 1): string => jobLog(actionsStep({ run }, output, code));
const SCRIPT = '/home/runner/work/_temp/0c6f2b1e-8d4a-4f37-b1a2-3c4d5e6f7a8b.sh';

describe('each rule on its wording with other variable parts, and not on the lines beside it', () => {
  test.each([
    ['cmake-compiler-not-found', '  Could not find compiler set in environment variable CXX:'],
    ['cmake-compiler-not-found', '  No CMAKE_C_COMPILER could be found.'],
    ['cmake-compiler-not-found', '  No CMAKE_CUDA_COMPILER could be found.'],
    // Windows' form adds advice after it (cmGlobalGenerator.cxx, the extension hint).
    [
      'cmake-compiler-not-found',
      '  is not a full path and was not found in the PATH.  Perhaps the extension is missing?',
    ],
    ['cmake-compiler-not-found', '  is not a full path to an existing compiler tool.'],
    [
      'file-size-limit',
      `${SCRIPT}: line 7: 31337 File size limit exceeded (core dumped) tar -cf out.tar build`,
    ],
    ['file-size-limit', 'make[2]: *** [CMakeFiles/app.dir/build.make:76: app] File size limit exceeded'],
    ['ci-credentials-missing', '  File "/usr/lib/python3.10/os.py", line 680, in __getitem__'],
  ])('%s: %s', (id, line) => expect(fires(id, line)).toBe(true));

  test.each([
    // CMake's header above the message, its closing words, and a compiler that was found but failed its test.
    ['cmake-compiler-not-found', 'CMake Error at CMakeLists.txt:2 (project):'],
    ['cmake-compiler-not-found', 'CMake Error: CMAKE_C_COMPILER not set, after EnableLanguage'],
    [
      'cmake-compiler-not-found',
      '  The C compiler "/usr/bin/cc" is not able to compile a simple test program.',
    ],
    // Another script's report says nothing of the step's fate (as process-killed-sigkill), nor does a tool's
    // own warning about a limit.
    ['file-size-limit', '/usr/bin/pack.sh: line 9: 15 File size limit exceeded tar -cf out.tar build'],
    ['file-size-limit', 'warning: file size limit exceeded for cache entry, skipping'],
    // The KeyError itself is the rule's evidence, never its hit.
    ['ci-credentials-missing', "KeyError: 'SENTRY_AUTH_TOKEN'"],
  ])('not %s: %s', (id, line) => expect(fires(id, line)).toBe(false));
});

describe('the verdict and the line it shows', () => {
  test('CMake with CC naming a compiler not installed: config, the line naming CC, never retried', () => {
    const v = classify({
      log: step('cmake -S . -B build', [
        'CMake Error at /usr/share/cmake-3.28/Modules/CMakeDetermineCCompiler.cmake:49 (message):',
        '  Could not find compiler set in environment variable CC:',
        '',
        '  gcc-14.',
        'Call Stack (most recent call first):',
        '  CMakeLists.txt:3 (project)',
        '',
        '',
        'CMake Error: CMAKE_C_COMPILER not set, after EnableLanguage',
        '-- Configuring incomplete, errors occurred!',
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'cmake-compiler-not-found' });
    expect(v.evidence?.text).toMatch(/environment variable CC:/);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a command ended by the file size limit (153): resource, the shell naming the signal, not retried (the job's own limit)", () => {
    const v = classify({
      log: step(
        'ulimit -f 1048576\ntar -czf site.tgz public',
        [`${SCRIPT}: line 2:  2211 File size limit exceededtar -czf site.tgz public`],
        153,
      ),
    });
    expect(v).toMatchObject({ type: 'resource', rule: 'file-size-limit', retryable: false });
    expect(v.evidence?.text).toMatch(/File size limit exceeded/);
    // RLIMIT_FSIZE is the job's own (its ulimit -f): a retry inherits it.
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the line shown is the winning rule's answer to retry: a tolerated kill's line is not shown for the file size limit", () => {
    // Re-review: the line shown was the step's earliest line of any resource rule, so a tolerated `Killed` stood
    // for a verdict that is not retried (and the other way round).
    const v = classify({
      log: step(
        'ulimit -f 1048576\n./flaky-tool || true\ntar -czf site.tgz public',
        [
          `${SCRIPT}: line 2:  1999 Killed                  ./flaky-tool`,
          `${SCRIPT}: line 3:  2211 File size limit exceededtar -czf site.tgz public`,
        ],
        153,
      ),
    });
    expect(v).toMatchObject({ type: 'resource', rule: 'file-size-limit', retryable: false });
    expect(v.evidence?.text).toMatch(/File size limit exceeded/);
  });

  test("os.environ[...] of a variable the job does not set: config, the KeyError's line shown, not os's frame", () => {
    const v = classify({
      log: step('python3 scripts/publish.py', [
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/scripts/publish.py", line 4, in <module>',
        "    token = os.environ['PYPI_TOKEN']",
        '            ~~~~~~~~~~^^^^^^^^^^^^^^',
        '  File "<frozen os>", line 714, in __getitem__',
        "KeyError: 'PYPI_TOKEN'",
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'ci-credentials-missing' });
    expect(v.evidence?.text).toBe("KeyError: 'PYPI_TOKEN'");
  });

  test('a KeyError of another mapping printed earlier in the step is not the line shown', () => {
    const v = classify({
      log: step('python3 scripts/publish.py', [
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/scripts/cache.py", line 3, in <module>',
        "KeyError: 'output'",
        'cache miss, building',
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/scripts/publish.py", line 4, in <module>',
        "    token = os.environ['PYPI_TOKEN']",
        '  File "<frozen os>", line 714, in __getitem__',
        "KeyError: 'PYPI_TOKEN'",
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'ci-credentials-missing' });
    expect(v.evidence?.text).toBe("KeyError: 'PYPI_TOKEN'");
  });

  test("an upper-case KeyError of another mapping earlier in the step is not shown: the one below os's frame is", () => {
    const v = classify({
      log: step('python3 scripts/deploy.py', [
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/scripts/deploy.py", line 5, in region',
        "    return settings['REGION']",
        "KeyError: 'REGION'",
        'no region set, using us-east-1',
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/scripts/deploy.py", line 9, in <module>',
        "    token = os.environ['API_TOKEN']",
        '  File "<frozen os>", line 679, in __getitem__',
        "KeyError: 'API_TOKEN'",
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'ci-credentials-missing' });
    expect(v.evidence?.text).toBe("KeyError: 'API_TOKEN'");
  });

  test("a KeyError of another mapping is not the job's environment", () => {
    const v = classify({
      log: step('python3 build.py', [
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/build.py", line 3, in <module>',
        "    print(config['output'])",
        "KeyError: 'output'",
      ]),
    });
    expect(v.type).not.toBe('config');
  });
});
