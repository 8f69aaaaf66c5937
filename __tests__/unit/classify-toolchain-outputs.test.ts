/**
 * Package managers' and toolchains' failures as the real tools print them (issue 68 item 1: the type; item 4:
 * the line shown states the cause, never a code line or a summary). Every output below was produced on this
 * machine by the tool named in its case (npm 11.19.1 on Node v20.20.2, Corepack 0.34.6, go1.19.8, GNU ld 2.40
 * under gcc 12.2.0) and is put in a GitHub Actions step as the runner writes it. Each case has a look-alike the
 * rule must not take (rules/log-rules.json: deps-own-words, corepack-signature-refused, compiler-error's
 * evidence, js-install-resolve's evidence).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

describe('go build: a require whose revision the repository does not have (go1.19.8, GOPROXY=direct)', () => {
  const output = [
    'go: downloading github.com/acme/lib v1.2.3',
    'main.go:2:8: reading github.com/acme/lib/go.mod at revision v1.2.3: unknown revision v1.2.3',
  ];

  test("dependency, shown on go's line, not the step's command", () => {
    const v = classify({ log: failedRunLog('go build ./...', output) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('deps-own-words');
    expect(v.evidence?.text).toBe(output[1]);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a test's own log line that quotes git's words is no missing revision", () => {
    const v = classify({
      log: failedRunLog('go test ./...', [
        '--- FAIL: TestResolve (0.00s)',
        '    resolve_test.go:41: reading HEAD at revision abc: unknown revision abc',
        'FAIL',
      ]),
    });
    expect(v.rule).not.toBe('deps-own-words');
    expect(v.type).toBe('test');
  });
});

describe('Corepack refusing the package manager it fetched: its keys are older than the registry', () => {
  // Corepack 0.34.6 (Node v20.20.2), `corepack yarn@1.22.22 install`: Node prints the uncaught error.
  const output = [
    '/usr/lib/node_modules/corepack/dist/lib/corepack.cjs:21999',
    '  if (!Array.isArray(signatures) || !signatures.length) throw new Error(`No compatible signature found in package metadata`);',
    '                                                              ^',
    '',
    'Error: No compatible signature found in package metadata',
    '    at verifySignature (/usr/lib/node_modules/corepack/dist/lib/corepack.cjs:21999:63)',
    '    at installVersion (/usr/lib/node_modules/corepack/dist/lib/corepack.cjs:22414:7)',
    '',
    'Node.js v20.20.2',
  ];

  test('config, not retried, shown on the error line rather than the echoed source', () => {
    const v = classify({ log: failedRunLog('corepack yarn@1.22.22 install', output) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('corepack-signature-refused');
    expect(v.evidence?.text).toBe('Error: No compatible signature found in package metadata');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("apt's warning about a repository's signature is no Corepack refusal", () => {
    const v = classify({
      log: failedRunLog(
        'sudo apt-get update && make',
        [
          "W: GPG error: https://packagecloud.io/github/git-lfs/ubuntu trusty InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 6B05F25D762E315",
          "make: *** No rule to make target `all'.  Stop.",
        ],
        2,
      ),
    });
    expect(v.rule).not.toBe('corepack-signature-refused');
  });
});

describe("a link that failed shows the linker's line naming the library, not collect2's summary", () => {
  // GNU make 4.3, gcc 12.2.0, GNU ld 2.40: `cc -o app main.o -lnotalib`.
  const output = [
    'cc    -c -o main.o main.c',
    'cc -o app main.o -lnotalib',
    '/usr/bin/ld: cannot find -lnotalib: No such file or directory',
    'collect2: error: ld returned 1 exit status',
    'make: *** [Makefile:3: app] Error 1',
  ];

  test("build, shown on ld's line", () => {
    const v = classify({ log: failedRunLog('make', output, 2) });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe('/usr/bin/ld: cannot find -lnotalib: No such file or directory');
  });

  test('a link that failed on an undefined symbol still shows the symbol, not a library line', () => {
    const v = classify({
      log: failedRunLog(
        'make',
        [
          'cc -o app main.o',
          "/usr/bin/ld: main.o: in function `main':",
          "main.c:(.text+0x5): undefined reference to `missing_fn'",
          'collect2: error: ld returned 1 exit status',
        ],
        2,
      ),
    });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe("main.c:(.text+0x5): undefined reference to `missing_fn'");
  });
});

describe("npm's message, not its error code, is the line shown (npm 11.19.1)", () => {
  test('ETARGET: the version no registry has', () => {
    const v = classify({
      log: failedRunLog('npm install', [
        'npm error code ETARGET',
        'npm error notarget No matching version found for left-pad@^99.0.0.',
        "npm error notarget In most cases you or one of your dependencies are requesting a package version that doesn't exist.",
        'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-28T22_33_49_821Z-debug-0.log',
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe('npm error notarget No matching version found for left-pad@^99.0.0.');
  });

  test('ERESOLVE: the peer conflict', () => {
    const v = classify({
      log: failedRunLog('npm install', [
        'npm error code ERESOLVE',
        'npm error ERESOLVE unable to resolve dependency tree',
        'npm error',
        'npm error While resolving: app@1.0.0',
        'npm error Found: react@17.0.2',
        'npm error Could not resolve dependency:',
        'npm error peer react@"^18.2.0" from react-dom@18.2.0',
        'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-28T22_34_06_272Z-debug-0.log',
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe('npm error ERESOLVE unable to resolve dependency tree');
  });

  test('E404: a package no registry has keeps the line naming it', () => {
    const v = classify({
      log: failedRunLog('npm install', [
        'npm error code E404',
        'npm error 404 Not Found - GET https://registry.npmjs.org/left-pad-nonexistent-zz9q',
        'npm error 404',
        "npm error 404  The requested resource 'left-pad-nonexistent-zz9q@^1.0.0' could not be found or you do not have permission to access it.",
        'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-28T22_33_58_664Z-debug-0.log',
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe(
      'npm error 404 Not Found - GET https://registry.npmjs.org/left-pad-nonexistent-zz9q',
    );
  });
});

/**
 * A dependency whose native build fails (TAXONOMY dependency: a wheel build failure): the compiler's error is
 * printed inside the package manager's report that the build was a dependency's (RuleSpec dependencyBuild).
 * npm 11.19.1 installing a packed dependency whose install script runs node-gyp 12.4.0 on a file including a
 * header the runner lacks; pip 23.2.1 building a requirement's sdist from a local HTTP index, its C extension
 * including libpq-fe.h. node-gyp's `gyp info` lines and pip's index lines are left out. The look-alikes are the
 * same builds of the project's own package (npm's path is the project's, pip's header is `Processing <dir>`).
 */
const npmDependencyBuild = [
  'npm error code 1',
  'npm error path /tmp/tl/npm-gyp/node_modules/native',
  'npm error command failed',
  'npm error command sh -c node-gyp rebuild',
  "npm error make: Entering directory '/tmp/tl/npm-gyp/node_modules/native/build'",
  'npm error   CXX(target) Release/obj.target/native/native.o',
  "npm error make: Leaving directory '/tmp/tl/npm-gyp/node_modules/native/build'",
  'npm error ../native.cc:2:10: fatal error: libfoo/foo.h: No such file or directory',
  'npm error     2 | #include <libfoo/foo.h>',
  'npm error       |          ^~~~~~~~~~~~~~',
  'npm error compilation terminated.',
  'npm error make: *** [native.target.mk:106: Release/obj.target/native/native.o] Error 1',
  'npm error gyp ERR! build error ',
  'npm error gyp ERR! stack Error: `make` failed with exit code: 2',
  'npm error gyp ERR! stack at ChildProcess.<anonymous> (/usr/lib/node_modules/npm/node_modules/node-gyp/lib/build.js:219:23)',
  'npm error gyp ERR! System Linux 6.18.44-fc-v669',
  'npm error gyp ERR! command "/usr/bin/node" "/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js" "rebuild"',
  'npm error gyp ERR! cwd /tmp/tl/npm-gyp/node_modules/native',
  'npm error gyp ERR! node -v v20.20.2',
  'npm error gyp ERR! node-gyp -v v12.4.0',
  'npm error gyp ERR! $npm_package_name native',
  'npm error gyp ERR! $npm_package_version 1.0.0',
  'npm error gyp ERR! not ok',
  'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-28T22_34_47_587Z-debug-0.log',
];
const npmOwnBuild = [
  '',
  '> native@1.0.0 install',
  '> node-gyp rebuild',
  '',
  "make: Entering directory '/tmp/tl/npm-gyp-own/build'",
  '  CXX(target) Release/obj.target/native/native.o',
  '../native.cc:2:10: fatal error: libfoo/foo.h: No such file or directory',
  '    2 | #include <libfoo/foo.h>',
  '      |          ^~~~~~~~~~~~~~',
  'compilation terminated.',
  'make: *** [native.target.mk:106: Release/obj.target/native/native.o] Error 1',
  "make: Leaving directory '/tmp/tl/npm-gyp-own/build'",
  'gyp ERR! build error ',
  'gyp ERR! stack Error: `make` failed with exit code: 2',
  'gyp ERR! stack at ChildProcess.<anonymous> (/usr/lib/node_modules/npm/node_modules/node-gyp/lib/build.js:219:23)',
  'gyp ERR! System Linux 6.18.44-fc-v669',
  'gyp ERR! command "/usr/bin/node" "/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js" "rebuild"',
  'gyp ERR! cwd /tmp/tl/npm-gyp-own',
  'gyp ERR! node -v v20.20.2',
  'gyp ERR! node-gyp -v v12.4.0',
  'gyp ERR! $npm_package_name native',
  'gyp ERR! $npm_package_version 1.0.0',
  'gyp ERR! not ok ',
  'npm error code 1',
  'npm error path /tmp/tl/npm-gyp-own',
  'npm error command failed',
  'npm error command sh -c node-gyp rebuild',
  'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-28T23_11_45_573Z-debug-0.log',
];
// pip prints the same build output under both headers (run here both ways).
const pipBuild = [
  'Building wheels for collected packages: cext',
  '  Building wheel for cext (setup.py): started',
  "  Building wheel for cext (setup.py): finished with status 'error'",
  '  error: subprocess-exited-with-error',
  '  ',
  '  × python setup.py bdist_wheel did not run successfully.',
  '  │ exit code: 1',
  '  ╰─> [14 lines of output]',
  '      running bdist_wheel',
  '      running build',
  '      running build_ext',
  "      building 'cext' extension",
  '      creating build',
  '      creating build/temp.linux-x86_64-cpython-311',
  '      gcc -Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall -fPIC -I/tmp/tl/venv/include -I/root/.pyenv/versions/3.11.7/include/python3.11 -c cext.c -o build/temp.linux-x86_64-cpython-311/cext.o',
  '      cext.c:2:10: fatal error: libpq-fe.h: No such file or directory',
  '          2 | #include <libpq-fe.h>',
  '            |          ^~~~~~~~~~~~',
  '      compilation terminated.',
  "      error: command '/usr/bin/gcc' failed with exit code 1",
  '      [end of output]',
  '  ',
  '  note: This error originates from a subprocess, and is likely not a problem with pip.',
  '  ERROR: Failed building wheel for cext',
  '  Running setup.py clean for cext',
  'Failed to build cext',
  'ERROR: Could not build wheels for cext, which is required to install pyproject.toml-based projects',
];

describe("a dependency's native build that failed is the dependency's, shown on the compiler's line", () => {
  test('npm: the install script of a package under node_modules', () => {
    const v = classify({ log: failedRunLog('npm ci', npmDependencyBuild) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('npm-dependency-script-failed');
    expect(v.evidence?.text).toBe(
      'npm error ../native.cc:2:10: fatal error: libfoo/foo.h: No such file or directory',
    );
    expect(retriedOnPr(v)).toBe(false);
  });

  test('pip: the wheel of a requirement it collected', () => {
    const v = classify({
      log: failedRunLog('pip install -r requirements.txt', [
        ...[
          'Collecting cext==1.0',
          '  Downloading http://127.0.0.1:8771/cext/cext-1.0.tar.gz (815 bytes)',
          '  Preparing metadata (setup.py): started',
          "  Preparing metadata (setup.py): finished with status 'done'",
        ],
        ...pipBuild,
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('pip-dependency-wheel-failed');
    expect(v.evidence?.text).toBe('cext.c:2:10: fatal error: libpq-fe.h: No such file or directory');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("npm: the project's own install script stays a build", () => {
    const v = classify({ log: failedRunLog('npm install', npmOwnBuild) });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe('../native.cc:2:10: fatal error: libfoo/foo.h: No such file or directory');
  });

  test("pip: the project's own package stays a build", () => {
    const v = classify({ log: failedRunLog('pip install .', ['Processing /tmp/tl/pip/cext', ...pipBuild]) });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe('cext.c:2:10: fatal error: libpq-fe.h: No such file or directory');
  });
});

/**
 * The project's own package built beside other requirements (`pip install . dep-util`, or a requirements file
 * listing `.` then `dep-util==1.0`): pip 23.2.1 run here, `--no-build-isolation` from a local HTTP index, the
 * project's C extension including libpq-fe.h. A `Collecting` header comes between the project's `Processing
 * <dir>` and its build, and no `(from myproj==0.1)` header names the project: only the names pip collected are
 * dependencies (RequirementReader), so `Failed building wheel for myproj` is the project's own build.
 */
describe("the project's own wheel failing after another requirement's header stays a build", () => {
  const ownBuild = [
    'Building wheels for collected packages: myproj',
    '  Building wheel for myproj (setup.py): started',
    "  Building wheel for myproj (setup.py): finished with status 'error'",
    '  error: subprocess-exited-with-error',
    '  ',
    '  × python setup.py bdist_wheel did not run successfully.',
    '  │ exit code: 1',
    '  ╰─> [12 lines of output]',
    '      running bdist_wheel',
    '      running build',
    '      running build_ext',
    "      building 'myproj_speedups' extension",
    '      creating build',
    '      creating build/temp.linux-x86_64-cpython-311',
    '      gcc -Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall -fPIC -I/tmp/mend/venv/include -I/root/.pyenv/versions/3.11.7/include/python3.11 -c speedups.c -o build/temp.linux-x86_64-cpython-311/speedups.o',
    '      speedups.c:2:10: fatal error: libpq-fe.h: No such file or directory',
    '          2 | #include <libpq-fe.h>',
    '            |          ^~~~~~~~~~~~',
    '      compilation terminated.',
    "      error: command '/usr/bin/gcc' failed with exit code 1",
    '      [end of output]',
    '  ',
    '  note: This error originates from a subprocess, and is likely not a problem with pip.',
    '  ERROR: Failed building wheel for myproj',
    '  Running setup.py clean for myproj',
    'Failed to build myproj',
    'ERROR: Could not build wheels for myproj, which is required to install pyproject.toml-based projects',
  ];
  const own = [
    'Processing /tmp/mend/myproj',
    '  Preparing metadata (setup.py): started',
    "  Preparing metadata (setup.py): finished with status 'done'",
  ];

  test.each([
    ['pip install . dep-util', 'Collecting dep-util'],
    ['pip install -r requirements.txt', 'Collecting dep-util==1.0 (from -r requirements.txt (line 2))'],
  ])('%s', (command, collecting) => {
    const v = classify({
      log: failedRunLog(command, [
        ...own,
        collecting,
        '  Downloading http://127.0.0.1:8793/dep_util-1.0-py3-none-any.whl (1.1 kB)',
        ...ownBuild,
      ]),
    });
    expect(v.type).toBe('build');
    expect(v.rule).not.toBe('pip-dependency-wheel-failed');
    expect(v.evidence?.text).toBe('speedups.c:2:10: fatal error: libpq-fe.h: No such file or directory');
  });

  test("the same build of a requirement pip collected (its name spelled otherwise) is a dependency's", () => {
    // PEP 503: the header's `My.Proj` and the build's `my_proj` are one name.
    const renamed = ownBuild.map((l) => l.replace(/myproj(?!_speedups)/g, 'my_proj'));
    const v = classify({
      log: failedRunLog('pip install My.Proj==0.1', [
        'Collecting My.Proj==0.1',
        '  Downloading http://127.0.0.1:8793/my-proj-0.1.tar.gz (1.0 kB)',
        ...renamed,
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('pip-dependency-wheel-failed');
  });
});
