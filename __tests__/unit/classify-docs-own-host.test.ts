/**
 * A link check against the site the job serves itself (localhost, 127.0.0.1) that times out or is refused is the
 * job's own server, not the network (the rules' convention): not retried. Lines as linkchecker 10.2.1 and Sphinx
 * 5.3 print them (see the `linkchecker-unreachable` and `sphinx-linkcheck-unreachable` rules' citations).
 */
import { classify } from '../../src/core/classify/index.js';
import { retriedOnPr } from '../classify-logs.js';

const T = '2026-12-02T10:00:00.0000000Z ';
const step = (run: string, lines: string[]): string =>
  [`##[group]Run ${run}`, run, 'shell: /usr/bin/bash -e {0}', '##[endgroup]', ...lines]
    .concat(['##[error]Process completed with exit code 1.'])
    .map((l) => T + l)
    .join('\n');

const OWN = [
  step('linkchecker http://localhost:8000/', [
    "URL        `http://localhost:8000/api'",
    'Real URL   http://localhost:8000/api',
    "Result     Error: ReadTimeout: HTTPConnectionPool(host='localhost', port=8000): Read timed out. (read timeout=3)",
    "That's it. 2 links in 2 URLs checked. 0 warnings found. 1 error found.",
  ]),
  step('linkchecker http://127.0.0.1:8000/', [
    "Result     Error: ConnectTimeout: HTTPConnectionPool(host='127.0.0.1', port=8000): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f>, 'Connection to 127.0.0.1 timed out. (connect timeout=3)'))",
    "That's it. 1 link in 1 URL checked. 0 warnings found. 1 error found.",
  ]),
  step('linkchecker http://localhost:8000/', [
    "Result     Error: ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    "That's it. 1 link in 1 URL checked. 0 warnings found. 1 error found.",
  ]),
  step('sphinx-build -b linkcheck docs out', [
    "(index: line    3) broken    http://localhost:8000/api - HTTPConnectionPool(host='localhost', port=8000): Read timed out. (read timeout=3)",
    'build finished with problems.',
  ]),
];

describe("a link check against the job's own server is not the network", () => {
  test.each(OWN.map((log, i) => [i, log] as const))('case %i: not network, not retried', (_i, log) => {
    const v = classify({ log });
    expect({ type: v.type, retried: retriedOnPr(v) }).not.toEqual({ type: 'network', retried: true });
    expect(retriedOnPr(v)).toBe(false);
  });
});
