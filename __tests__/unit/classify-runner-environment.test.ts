/**
 * Failures of the job's environment and working tree, read from the tools' own words: git refusing to overwrite
 * what the step changed and a fetch of a commit the remote no longer holds (real git run here, in a temporary
 * repository), the docker CLI refused the daemon's socket, npm refused a file it writes for itself, Rollup's
 * native package left out by npm, an Xcode SDK that the selected Xcode does not ship. None is worth a re-run; each has a look-alike that must keep its own type.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

/** What git prints (stderr, line by line) when `args` fails in a repository `prepare` set up. */
function gitRefusal(prepare: (git: (...args: string[]) => void, dir: string) => void, args: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ci-recovery-worktree-'));
  try {
    const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
    const git = (...a: string[]): void => {
      execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...a], {
        cwd: dir,
        env,
        stdio: 'ignore',
      });
    };
    git('init', '-q', '-b', 'main', '.');
    prepare(git, dir);
    const run = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    return run.stderr.split('\n').filter((l) => l !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('git refusing to overwrite what the step left in the tree (rule git-worktree-would-overwrite)', () => {
  test('a checkout over a changed tracked file: git, not retried', () => {
    const output = gitRefusal(
      (git, dir) => {
        writeFileSync(path.join(dir, 'package-lock.json'), '1\n');
        git('add', '.');
        git('commit', '-qm', 'one');
        git('checkout', '-qb', 'gh-pages');
        writeFileSync(path.join(dir, 'package-lock.json'), '2\n');
        git('commit', '-qam', 'two');
        git('checkout', '-q', 'main');
        // What an install did to the lockfile before the step switched branches.
        writeFileSync(path.join(dir, 'package-lock.json'), 'rewritten by npm install\n');
      },
      ['checkout', 'gh-pages'],
    );
    const v = classify({ log: failedRunLog('git checkout gh-pages', output, 1) });
    expect(v.type).toBe('git');
    expect(v.rule).toBe('git-worktree-would-overwrite');
    expect(v.evidence?.text).toBe(
      'error: Your local changes to the following files would be overwritten by checkout:',
    );
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a merge over an untracked file the branch adds: git, not retried', () => {
    const output = gitRefusal(
      (git, dir) => {
        writeFileSync(path.join(dir, 'README.md'), 'readme\n');
        git('add', '.');
        git('commit', '-qm', 'one');
        git('checkout', '-qb', 'release');
        writeFileSync(path.join(dir, 'index.js'), 'built\n');
        git('add', 'index.js');
        git('commit', '-qm', 'dist');
        git('checkout', '-q', 'main');
        // The step's build wrote the file the other branch tracks.
        writeFileSync(path.join(dir, 'index.js'), 'built here\n');
      },
      ['merge', 'release'],
    );
    const v = classify({ log: failedRunLog('git merge release', output, 1) });
    expect(v.rule).toBe('git-worktree-would-overwrite');
    expect(v.evidence?.text).toBe(
      'error: The following untracked working tree files would be overwritten by merge:',
    );
    expect(retriedOnPr(v)).toBe(false);
  });
});

test('a fetch of a commit the remote no longer holds (a force-push dropped it) is git, not retried (rule git-ref-missing)', () => {
  const gone = '0123456789abcdef0123456789abcdef01234567';
  const output = gitRefusal(
    (git, dir) => {
      git('commit', '-q', '--allow-empty', '-m', 'one');
      // The checkout's own repository fetching from the project's, as actions/checkout does.
      git('remote', 'add', 'origin', `file://${dir}`);
    },
    [
      '-c',
      'protocol.version=2',
      'fetch',
      '--no-tags',
      '--depth=1',
      'origin',
      `+${gone}:refs/remotes/pull/7/merge`,
    ],
  );
  const v = classify({
    log: jobLog(
      actionsStep({ uses: 'actions/checkout@v4' }, [
        `[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +${gone}:refs/remotes/pull/7/merge`,
        ...output,
        "##[error]The process '/usr/bin/git' failed with exit code 128",
      ]),
    ),
  });
  expect(v.type).toBe('git');
  expect(v.rule).toBe('git-ref-missing');
  // Over a file:// remote the server's own `fatal: git upload-pack: ...` comes first; over HTTPS, the client's alone.
  expect(v.evidence?.text).toMatch(
    new RegExp(`^fatal: (?:remote error: upload-pack|git upload-pack): not our ref ${gone}$`),
  );
  expect(retriedOnPr(v)).toBe(false);
});

describe("the docker CLI refused the daemon's socket (rule docker-daemon-socket-denied)", () => {
  test.each([
    // Docker 28.2.2 run here as a user the socket refuses; buildx puts `ERROR: ` before it.
    'ERROR: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": dial unix /var/run/docker.sock: connect: permission denied',
    // Older releases' wording, as `docker run` prints it.
    'docker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/create": dial unix /var/run/docker.sock: connect: permission denied.',
  ])('%s: config, not retried', (line) => {
    const v = classify({ log: failedRunLog('docker build -t app .', [line], 1) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('docker-daemon-socket-denied');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a daemon that is not running stays infrastructure', () => {
    const v = classify({
      log: failedRunLog(
        'docker build -t app .',
        ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'],
        1,
      ),
    });
    expect(v.type).toBe('infrastructure');
  });
});

/** A pytest parameter that quotes npm's words (the corpus' nvbn@thefuck logs hold this line). */
const QUOTED_BY_A_TEST = 'tests/rules/test_sudo.py::test_match[npm ERR! Error: EACCES, unlink] PASSED [ 85%]';

describe('npm refused a file it writes for itself (rule npm-permission-refused)', () => {
  // npm 11.19.1 run here: `npm install -g` of a local package as a user who does not own the global prefix.
  const refused = [
    'npm error code EACCES',
    'npm error syscall symlink',
    'npm error path ../../../tmp/npkg',
    'npm error dest /usr/lib/node_modules/npkg',
    'npm error errno -13',
    "npm error Error: EACCES: permission denied, symlink '../../../tmp/npkg' -> '/usr/lib/node_modules/npkg'",
    'npm error     at async symlink (node:internal/fs/promises:997:10)',
    'npm error',
    'npm error The operation was rejected by your operating system.',
    'npm error It is likely you do not have the permissions to access this file as the current user',
  ];

  test('a global install into a prefix the user does not own: config, not retried', () => {
    const v = classify({ log: failedRunLog('npm install -g pnpm', refused, 243) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('npm-permission-refused');
    expect(v.evidence?.text).toBe(refused[5]);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a test's name that quotes npm's words is not npm's refusal", () => {
    const v = classify({
      log: failedRunLog(
        'pytest',
        [
          QUOTED_BY_A_TEST,
          'FAILED tests/rules/test_npm.py::test_get_new_command - AssertionError: assert 1 == 2',
          '========================= 1 failed, 12 passed in 0.52s =========================',
        ],
        1,
      ),
    });
    expect(v.type).toBe('test');
    expect(ruleFires(defaultRuleSet(), 'npm-permission-refused', QUOTED_BY_A_TEST)).toBe(false);
  });
});

test("Rollup's native package that npm left out is dependency, not the build's code (rule npm-optional-native-missing)", () => {
  // rollup 4's dist/native.js, as node prints what it throws (the text as node_modules/rollup ships it).
  const output = [
    '> app@0.0.0 build',
    '> vite build',
    '',
    '/home/runner/work/app/app/node_modules/rollup/dist/native.js:59',
    '\t\tthrow new Error(',
    '',
    'Error: Cannot find module @rollup/rollup-linux-x64-gnu. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try `npm i` again after removing both package-lock.json and node_modules directory.',
    '    at requireWithFriendlyError (/home/runner/work/app/app/node_modules/rollup/dist/native.js:59:9)',
    "  [cause]: Error: Cannot find module '@rollup/rollup-linux-x64-gnu'",
    '',
    'Node.js v20.17.0',
  ];
  const v = classify({ log: failedRunLog('npm run build', output, 1) });
  expect(v.type).toBe('dependency');
  expect(v.rule).toBe('npm-optional-native-missing');
  expect(retriedOnPr(v)).toBe(false);
});

test.each([
  'xcodebuild: error: SDK "iphoneos18.0" cannot be located.',
  'xcrun: error: SDK "macosx10.15" cannot be located',
])('%s: an SDK the selected Xcode does not ship is config', (line) => {
  const v = classify({
    log: failedRunLog('xcodebuild -sdk iphoneos18.0 -scheme App build', [line], 64),
  });
  expect(v.type).toBe('config');
  expect(v.rule).toBe('xcodebuild-destination-missing');
});

test("a Node newer than the project's webpack 4 (OpenSSL 3 without md4) is config (rule node-openssl-hash-unsupported)", () => {
  // This Node's own refusal, as webpack 4's createHash meets it: printed by a real run, not quoted.
  const run = spawnSync(process.execPath, ['-e', "require('node:crypto').createHash('md4')"], {
    encoding: 'utf8',
  });
  expect(run.status).not.toBe(0);
  const output = [
    '> app@0.1.0 build',
    '> react-scripts build',
    '',
    'Creating an optimized production build...',
  ];
  const v = classify({
    log: failedRunLog('npm run build', [...output, ...run.stderr.split('\n')], 1),
  });
  expect(v.type).toBe('config');
  expect(v.rule).toBe('node-openssl-hash-unsupported');
  expect(v.evidence?.text).toBe('Error: error:0308010C:digital envelope routines::unsupported');
});

/** Ubuntu 14.04's apt warned of an unsigned source and went on (the corpus' Travis logs). */
const OLD_APT_WARNING =
  "W: The repository 'https://packagecloud.io/github/git-lfs/ubuntu trusty InRelease' is not signed.";

describe('apt refusing a package source it cannot verify (rule apt-repository-unsigned)', () => {
  const update = (lines: string[]): string =>
    failedRunLog('sudo apt-get update && sudo apt-get install -y azure-cli', lines, 100);

  test('the error of apt 1.5 and later: the source added without its key', () => {
    // Debian's apt printed the last line here (`apt-get update` of an unsigned file: repository).
    const v = classify({
      log: update([
        'Hit:1 http://azure.archive.ubuntu.com/ubuntu noble InRelease',
        'Get:2 https://packages.microsoft.com/repos/azure-cli noble InRelease [3,596 B]',
        "W: GPG error: https://packages.microsoft.com/repos/azure-cli noble InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY EB3E94ADBE1229CF",
        "E: The repository 'https://packages.microsoft.com/repos/azure-cli noble InRelease' is not signed.",
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('apt-repository-unsigned');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("older apt's warning, which the job went past, is not read", () => {
    const v = classify({
      log: update([OLD_APT_WARNING, 'Reading package lists...', 'E: Unable to locate package azure-cli']),
    });
    expect(v.rule).not.toBe('apt-repository-unsigned');
    expect(ruleFires(defaultRuleSet(), 'apt-repository-unsigned', OLD_APT_WARNING)).toBe(false);
  });
});
