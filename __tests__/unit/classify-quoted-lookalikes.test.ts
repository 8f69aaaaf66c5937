/**
 * Deterministic look-alikes of transient failures (issue 68: look-alikes retried, bar <= 5 %): the words of a
 * full disk or a reset connection inside a test's assertion, and a name lookup that failed for a service name only
 * the job's own network resolves. Neither is cured by a retry; quoted-lines.ts names the lines, and the scanner
 * records no hit there of a rule whose verdict is retried. Every output is the real tool's, run here: pytest and
 * unittest (Debian's python3), jest from node_modules, go test, node's net, curl and psql. The transients beside
 * them (an exception the test raised, a public name that did not resolve) are still retried.
 */
import { spawnSync } from 'node:child_process';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';
import { describeIfRunner, goEnv, project, run, runners } from '../runners.js';

/** The verdict of a failed `run:` step that printed `output`, and whether the default policy retries it. */
function judged(command: string, output: string): { type: string; retried: boolean } {
  const v = classify({ log: failedRunLog(command, output.split('\n')) });
  return { type: v.type, retried: retriedOnPr(v) };
}

const PYTEST_TESTS = `import errno, unittest

def test_disk_full_message():
    message = ''
    assert message == 'OSError: [Errno 28] No space left on device'

def test_reset_reported():
    assert 'Connection reset by peer' in 'ok'

class Messages(unittest.TestCase):
    def test_enospc_text(self):
        self.assertEqual('', 'No space left on device')
`;

describeIfRunner(
  'pytest',
  "pytest and unittest, run for real, asserting on a transient failure's words",
  () => {
    test('pytest: the assertions quote a full disk and a reset connection: a test, not retried', () => {
      const dir = project({ 'test_messages.py': PYTEST_TESTS });
      const r = run(dir, 'python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_messages.py']);
      expect(r.status).toBe(1);
      expect(r.output).toMatch(/^E {7}AssertionError: assert 'Connection reset by peer' in 'ok'$/m);
      expect(judged('python -m pytest -q', r.output)).toEqual({ type: 'test', retried: false });
    });

    test('unittest: assertEqual and the difflib line under it quote ENOSPC text: a test, not retried', () => {
      const dir = project({ 'test_messages.py': PYTEST_TESTS });
      const r = run(dir, 'python3', ['-m', 'unittest', 'test_messages']);
      expect(r.status).toBe(1);
      expect(r.output).toMatch(/^\+ No space left on device$/m);
      expect(judged('python -m unittest test_messages', r.output)).toEqual({ type: 'test', retried: false });
    });

    test('a test that raised the full disk itself still speaks of the disk: retried once', () => {
      const dir = project({
        'test_write.py': `import errno\n\ndef test_write():\n    raise OSError(errno.ENOSPC, 'No space left on device')\n`,
      });
      const r = run(dir, 'python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_write.py']);
      expect(r.output).toMatch(/^E {7}OSError: \[Errno 28\] No space left on device$/m);
      expect(judged('python -m pytest -q', r.output)).toEqual({ type: 'resource', retried: true });
    });
  },
);

describe('jest, run for real, comparing strings that name transient failures', () => {
  test('Expected/Received labels, a substring and an object diff: a test, not retried', () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 't', jest: { testEnvironment: 'node' } }),
      'q.test.js': [
        "test('maps codes', () => { expect({ code: 'ECONNREFUSED' }).toEqual({ code: 'ETIMEDOUT' }); });",
        "test('message', () => { expect('ok').toBe('Error: getaddrinfo EAI_AGAIN registry.npmjs.org'); });",
        "test('disk', () => { expect('ok').toContain('No space left on device'); });",
        "test('heap', () => { expect(() => { throw new Error('boom'); }).toThrow('JavaScript heap out of memory'); });",
        '',
      ].join('\n'),
    });
    const r = run(dir, runners.jest, ['--ci', '--rootDir', dir], { FORCE_COLOR: '0' });
    expect(r.status).toBe(1);
    expect(r.output).toContain('Expected substring: "No space left on device"');
    expect(judged('npx jest --ci', r.output)).toEqual({ type: 'test', retried: false });
  });
});

describeIfRunner('go', 'go test, run for real, a test reporting the error it got', () => {
  test("got ENOSPC text, want nil: the test's own comparison, not retried", () => {
    const dir = project({
      'go.mod': 'module example.com/w\n\ngo 1.19\n',
      'w_test.go': [
        'package w',
        '',
        'import "testing"',
        '',
        'func TestWrite(t *testing.T) {',
        '\tgot := "write /tmp/x: no space left on device"',
        '\tt.Errorf("got error %q, want nil", got)',
        '}',
        '',
      ].join('\n'),
    });
    const r = run(dir, 'go', ['test', './...'], goEnv(dir));
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/w_test\.go:\d+: got error "write \/tmp\/x: no space left on device", want nil/);
    expect(judged('go test ./...', r.output)).toEqual({ type: 'test', retried: false });
  });
});

/** What a tool printed when it tried to reach `host` (exit status ignored: each fails). */
function reach(file: string, args: string[]): string {
  const r = spawnSync(file, args, { encoding: 'utf8', timeout: 30_000 });
  return `${r.stdout}${r.stderr}`.trimEnd();
}

const hasPsql = spawnSync('psql', ['--version']).status === 0;
const SERVICE = 'ci-recovery-no-such-service';
const PUBLIC = 'registry.ci-recovery.invalid';

describe('a name lookup that failed: a service name the job never set up, or a public host', () => {
  const node = (host: string): string =>
    reach(process.execPath, [
      '-e',
      `require('net').connect({ host: '${host}', port: 5432 }).on('error', (e) => { console.error(e); process.exit(1); })`,
    ]);
  const curl = (host: string): string => reach('curl', ['-sS', `http://${host}:5432/`]);

  test.each([
    ['node', node],
    ['curl', curl],
  ])('%s: a name without a dot is no network failure; a public name is, and is retried', (_tool, tool) => {
    const service = tool(SERVICE);
    expect(service).toContain(SERVICE);
    expect(judged('node scripts/migrate.js', service).retried).toBe(false);
    const reachedOut = tool(PUBLIC);
    expect(reachedOut).toContain(PUBLIC);
    expect(judged('node scripts/migrate.js', reachedOut)).toEqual({ type: 'network', retried: true });
  });

  (hasPsql ? test : test.skip)('psql: could not translate a service name: not retried', () => {
    const out = reach('psql', ['-h', SERVICE, '-U', 'postgres', '-c', 'select 1']);
    expect(out).toContain(`could not translate host name "${SERVICE}"`);
    expect(judged('psql -h postgres -c "select 1"', out).retried).toBe(false);
  });
});

describe("the shell's echo of a command it ran (rule commands shell-trace, shell-echo: shellEcho)", () => {
  test("bash -x traces a grep for ENOSPC before the tests fail: the command's text, not a full disk", () => {
    const dir = project({
      'check.sh': [
        "grep -q 'No space left on device' build.log || echo 'build log clean'",
        "printf 'AssertionError: 1 != 2\\nFAILED (failures=1)\\n'",
        'exit 1',
        '',
      ].join('\n'),
      'build.log': 'ok\n',
    });
    const r = run(dir, 'bash', ['-x', 'check.sh']);
    expect(r.status).toBe(1);
    expect(r.output).toContain("+ grep -q 'No space left on device' build.log");
    expect(judged('bash -x check.sh', r.output).retried).toBe(false);
  });

  test('a script whose own output begins with `+ ` is no echo: its line still speaks', () => {
    // shell-trace's grammar wants a command word then a space: `+ ERROR!` is output (d0099, labelled network).
    const v = judged('./verify-checksums.sh', '+ ERROR! models/classifier.pkl md5sum did not match.');
    expect(v).toEqual({ type: 'network', retried: true });
  });
});

describe("RSpec's report, in its format strings (rspec-core exception_presenter.rb, rspec-expectations eq.rb)", () => {
  test('Failure/Error quotes the source line, expected/got the values: a test, not retried', () => {
    const output = [
      'Failures:',
      '',
      '  1) Writer reports a full disk',
      '     Failure/Error: expect(writer.error).to eq("No space left on device")',
      '',
      '       expected: "No space left on device"',
      '            got: nil',
      '',
      '       (compared using ==)',
      '',
      'Finished in 0.01 seconds (files took 0.1 seconds to load)',
      '3 examples, 1 failure',
    ].join('\n');
    expect(judged('bundle exec rspec', output)).toEqual({ type: 'test', retried: false });
  });
});

describe('a lookup the resolver did not finish, or a connection error that is no lookup: still retried', () => {
  // Only a resolver's "no such name" is the job's own (quoted-lines.ts NAME_NOT_FOUND): EAI_AGAIN, Go's `server
  // misbehaving` and `i/o timeout` (golang/go src/net/dnsclient_unix.go errServerMisbehaving, net.go
  // DNSError.Timeout) and a pool's read timeout say nothing of the name.
  test.each([
    [
      'docker login',
      'Error response from daemon: Get "https://docker/v2/": dial tcp: lookup docker on 168.63.129.16:53: server misbehaving',
    ],
    [
      'go mod download',
      'go: github.com/acme/x@v1.2.0: Get "http://athens:3000/github.com/acme/x/@v/v1.2.0.info": dial tcp: lookup athens on 127.0.0.11:53: server misbehaving',
    ],
    [
      'docker push registry/app',
      'Get "http://registry/v2/": dial tcp: lookup registry on 127.0.0.11:53: read udp 172.18.0.3:41234->127.0.0.11:53: i/o timeout',
    ],
    [
      'mvn -B deploy',
      'Caused by: java.net.UnknownHostException: nexus: Temporary failure in name resolution',
    ],
    [
      'pytest e2e',
      "urllib3.exceptions.ReadTimeoutError: HTTPConnectionPool(host='selenium', port=4444): Read timed out. (read timeout=120)",
    ],
  ])('%s: %s', (command, line) => {
    expect(judged(command, line)).toEqual({ type: 'network', retried: true });
  });

  test.each([
    ['go mod download', 'dial tcp: lookup athens on 127.0.0.11:53: no such host'],
    [
      'pytest',
      'redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known.',
    ],
    ['mvn -B verify', 'Caused by: java.net.UnknownHostException: nexus: Name or service not known'],
  ])('%s, the name does not exist: %s: not retried', (command, line) => {
    expect(judged(command, line).retried).toBe(false);
  });
});

describe('a set -x line that is no quoted argument of a command: it still speaks', () => {
  /** What `bash -x` prints running `line` then failing. */
  const traced = (line: string): string => {
    const dir = project({ 'fetch.sh': `${line}\nexit 1\n` });
    return run(dir, 'bash', ['-x', 'fetch.sh']).output;
  };

  test.each([
    [
      "out='fatal: unable to access https://github.com/acme/x/: Could not resolve host: github.com'",
      "+ out='fatal: unable to access https://github.com/acme/x/: Could not resolve host: github.com'",
    ],
    [
      "resp='error: RPC failed; HTTP 503 curl 22 The requested URL returned error: 503'",
      "+ resp='error: RPC failed; HTTP 503 curl 22 The requested URL returned error: 503'",
    ],
    [
      "printf '+ Downloading %s failed: Connection reset by peer\\n' openface/nn4.small2.v1.t7 >&2",
      '+ Downloading openface/nn4.small2.v1.t7 failed: Connection reset by peer',
    ],
  ])('bash -x running %s prints %s: retried', (line, printed) => {
    const output = traced(line);
    expect(output.split('\n')).toContain(printed);
    expect(judged('./fetch.sh', output)).toEqual({ type: 'network', retried: true });
  });

  test("Travis's `$ ` echo: a quoted argument is the command's data, its unquoted words are not", () => {
    const grep = ["$ grep -q 'No space left on device' build.log", 'AssertionError: 1 != 2'];
    expect(judged('./check.sh', grep.join('\n')).retried).toBe(false);
  });

  test('a `+   ` line far from any test report is no diff of one (QUOTES_BELOW): it speaks', () => {
    const line = '+   fetch https://example.org/data.tgz: Connection reset by peer';
    expect(judged('./mirror.sh', line)).toEqual({ type: 'network', retried: true });
  });
});
