/**
 * Lines whose words of a transient failure say nothing of the job's network or machine (issue 68: deterministic
 * look-alikes retried). A retry cures a connection that was reset or a disk the runner filled, not a test that
 * compares a string with `No space left on device`, nor a name only the job's own network could resolve. The
 * scanner (scan-lines.ts recordHits) records no hit of a rule whose verdict is retried on such a line. Pure.
 */

/**
 * A test framework's report of the values an assertion compared: what it quotes is the test's data, the same on
 * every run. Each shape from the framework's own formatting:
 * - pytest's failure explanation (pytest-dev/pytest src/_pytest/_code/code.py @ 8.3.3, ReprEntry: each line of
 *   the explanation behind `E   `): the rewritten `assert` and its `AssertionError`, the diff lines of
 *   src/_pytest/assertion/util.py (`- `, `+ `, `? `) and the `where` lines; not another exception's `E   OSError:`
 *   line, which is what the test raised. Its short summary (src/_pytest/terminal.py _get_line_with_reprcrash_message:
 *   `FAILED <nodeid> - <message>`) of such a failure.
 * - an `AssertionError` of any runtime (Python's, Node's `AssertionError [ERR_ASSERTION]`, chai's, JUnit 4's
 *   `java.lang.AssertionError`, opentest4j's `AssertionFailedError`, `junit.framework.ComparisonFailure`): only an
 *   assertion raises it, and its message quotes what it compared (CPython Lib/unittest/case.py `'%s != %s'`).
 * - JUnit 5 (junit-team/junit5 junit-jupiter-api AssertionFailureBuilder @ r5.11.0, `expected: <%s> but was: <%s>`)
 *   and JUnit 4 (junit-team/junit4 src/main/java/org/junit/Assert.java format, `expected:<%s> but was:<%s>`).
 * - Jest's and Vitest's matcher labels (jestjs/jest packages/expect/src/matchers.ts @ v29.7.0, `Expected: `,
 *   `Received: `, `Expected substring: `, `Received message: `…), RSpec's (rspec/rspec-expectations
 *   lib/rspec/matchers/built_in/eq.rb, `expected: %s` and `     got: %s`; rspec/rspec-core
 *   lib/rspec/core/formatters/exception_presenter.rb, `Failure/Error: #{read_failed_line.strip}`, the test's
 *   own source line), testify's (stretchr/testify
 *   assert/assertions.go @ v1.9.0 Equal, `expected: %s` and `actual  : %s`; Contains, `%#v does not contain %#v`).
 * - a Go test's own `got …, want …` (go.dev/wiki/CodeReviewComments#useful-test-failures) on its `x_test.go:N:`
 *   line.
 * - jest-diff's annotation above a diff of what toEqual compared (jestjs/jest packages/jest-diff/src/printDiffs.ts
 *   @ v29.7.0 printAnnotation, `- Expected  - 1` and `+ Received  + 1`); the diff's own `+ ` and `- ` lines
 *   (`-   "code": …`) only just below such a report (QUOTES_BELOW).
 * - the test's source the report quotes: pytest's failing line (`>` and its indentation), a code frame's marked
 *   line (@babel/code-frame, `> 12 | …`, as jest prints it), the assert call in a Python traceback.
 */
const ASSERTION_QUOTE = new RegExp(
  [
    String.raw`^E\s+(?:assert\b|(?:[\w.]+\.)?AssertionError\b|[-+?] |\+?\s*where\b)`,
    String.raw`^(?:FAILED|ERROR) \S+ - (?:assert\b|(?:[\w.]+\.)?AssertionError\b)`,
    String.raw`^(?:[\w.$]+\.)?(?:AssertionError|AssertionFailedError|ComparisonFailure)\b(?: \[ERR_ASSERTION\])?:`,
    String.raw`\bexpected: ?<.*> but was: ?<`,
    String.raw`^(?:Expected|Received)(?: [a-z]+){0,2}: `,
    String.raw`^(?:expected|got|actual\s*): |^Failure/Error: `,
    String.raw`^Error:\s+.* does not contain `,
    String.raw`^\S+_test\.go:\d+: .*\bgot\b.*\bwant\b`,
    String.raw`^- Expected\b|^\+ Received\b`,
    String.raw`^>\s{3,}\S|^>\s+\d+ \| `,
    String.raw`^(?:self\.)?assert(?:\w*\(|\s)`,
  ].join('|'),
);

/**
 * Lines that quote only below an assertion's report: Python's difflib lines (Lib/difflib.py Differ: `- `, `+ `,
 * `? `), as unittest's assertEqual prints them below its `AssertionError: a != b` (Lib/unittest/case.py
 * _baseAssertEqual, assertMultiLineEqual), and a code frame's other lines (@babel/code-frame, `  13 | …`), the
 * test's source jest shows below the values. Elsewhere they may be a script's own output (`+ ERROR! x.pkl md5sum
 * did not match.`) or a link checker's table (`3251 | Error | https://…`). Quoted only within BELOW_LINES of a
 * report the scanner read in the same step.
 */
export const QUOTES_BELOW = /^[-+?] |^\d+ \| /;
export const BELOW_LINES = 40;

/** Whether the line is a test framework's quote of what an assertion compared. */
export function quotesAssertion(text: string): boolean {
  return ASSERTION_QUOTE.test(text);
}

/**
 * A name lookup that failed, in the words of the resolvers and clients that print the name, each with the name
 * captured: Node (nodejs/node lib/internal/errors.js @ v22.11.0 DNSException, `getaddrinfo ENOTFOUND <host>`),
 * curl (curl/curl lib/hostip.c @ curl-8_11_0 Curl_resolver_error, `Could not resolve host: <host>`; before 7.63
 * `Couldn't resolve host '<host>'`), libpq (postgres/postgres src/interfaces/libpq/fe-connect.c @ REL_17_0,
 * `could not translate host name "<host>" to address: <gai_strerror>`), Go (golang/go src/net/net.go @ go1.23.0
 * DNSError.Error, `lookup <host> on <server>: …`, `lookup <host>: …`), Java (`java.net.UnknownHostException:
 * <host>: <gai_strerror>`), urllib3 (urllib3/urllib3 src/urllib3/exceptions.py @ 2.2.3 NameResolutionError,
 * `Failed to resolve '<host>'`; its pool's `HTTPConnectionPool(host='<host>', …)`), redis-py (redis/redis-py
 * redis/connection.py @ v5.2.0, `Error <errno> connecting to <host>:<port>. <strerror>.`) and PHP (php/php-src
 * main/network.c @ php-8.3.0, `php_network_getaddresses: getaddrinfo for <host> failed: <gai_strerror>`).
 */
const LOOKUP_NAME =
  /\bgetaddrinfo ENOTFOUND ([^\s:'"]+)|\bCould not resolve host: ([^\s:'"()]+)|\bCouldn't resolve host '([^']+)'|\bcould not translate host name "([^"]+)"|\blookup ([^\s:]+)(?: on \S+)?: |\bUnknownHostException: ([^\s:]+)|\bFailed to resolve '([^']+)'|ConnectionPool\(host='([^']+)'|\bError -?\d+ connecting to ([^\s:]+):\d+\.|\bgetaddrinfo for (\S+) failed\b/;

/**
 * The resolver's word that the name does not exist, which a retry does not change: Node's ENOTFOUND (EAI_NONAME,
 * nodejs/node lib/internal/errors.js), curl's CURLE_COULDNT_RESOLVE_HOST text (curl/curl lib/hostip.c, which
 * names no cause), Go's DNSError.IsNotFound `no such host` (golang/go src/net/net.go errNoSuchHost), glibc's
 * gai_strerror(EAI_NONAME) `Name or service not known` (the text libpq, Java, urllib3, redis-py and PHP quote). A
 * lookup the resolver could not finish (EAI_AGAIN's `Temporary failure in name resolution`, Go's `server
 * misbehaving`, `i/o timeout`) says nothing of the name, nor does a pool's or redis-py's connection error that
 * says no lookup failed (`Read timed out`, `Connection refused`).
 */
const NAME_NOT_FOUND =
  /\bgetaddrinfo ENOTFOUND |\bCould not resolve host: |\bCouldn't resolve host '|\bno such host\b|\bName or service not known\b/;
const LOOKUP_UNFINISHED = /\bEAI_AGAIN\b|\bserver misbehaving\b|\bTemporary failure\b|\btimed? ?out\b/i;

/**
 * Whether the line says a name does not exist that has no dot in it: a service container's, a compose service's
 * or an /etc/hosts name (`postgres`, `redis`, `db`), which only the job's own network resolves. A job whose
 * services are not set up fails on it every run (a job not in a container reaches its service containers as
 * `localhost`, docs.github.com/actions/using-containerized-services/about-service-containers), as it does on
 * `localhost` refused, which the network rules already read as no network failure. A lookup that did not finish
 * (LOOKUP_UNFINISHED) is the resolver's trouble, whatever the name: retried.
 */
export function namesOwnHost(text: string): boolean {
  const m = LOOKUP_NAME.exec(text);
  if (!m) return false;
  const host = m.slice(1).find((g) => g !== undefined) ?? '';
  return /^[A-Za-z][\w-]*$/.test(host) && NAME_NOT_FOUND.test(text) && !LOOKUP_UNFINISHED.test(text);
}

/**
 * The spans of a shell's echo of a command (set -x's `+ cmd`, Travis's `$ cmd`) that a quoted argument of the
 * command holds, as [start, end) of the quoted text: `+ grep -q 'No space left on device' build.log` quotes the
 * words it searches for. None when the echo is of assignments only (set -x's `+ out='fatal: …'` traces a value
 * the script captured, which is what a command printed), nor for the command word or the assignments before it,
 * nor an unclosed quote (set -x closes each; a script's own output after `+ ` may hold an apostrophe).
 */
export function quotedArguments(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const len = text.length;
  let i = /^(?:\+{1,3}|\$) /.exec(text)?.[0].length ?? 0;
  let command = false;
  while (i < len) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i >= len) break;
    const start = i;
    const quoted: Array<[number, number]> = [];
    while (i < len && text[i] !== ' ' && text[i] !== '\t') {
      const c = text[i];
      if (c === "'" || c === '"') {
        let j = i + 1;
        while (j < len && text[j] !== c) j += c === '"' && text[j] === '\\' ? 2 : 1;
        if (j >= len) return spans;
        quoted.push([i + 1, j]);
        i = j + 1;
      } else i += c === '\\' ? 2 : 1;
    }
    if (command) spans.push(...quoted);
    else if (!/^[A-Za-z_]\w*=/.test(text.slice(start, i))) command = true;
  }
  return spans;
}
