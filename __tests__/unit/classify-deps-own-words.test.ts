/**
 * A package manager's own words that what the project names is not there (issue 68: dependency resolution in
 * each ecosystem's own words, a pinned download answering 404), where the step's command says nothing of an
 * install (`./ci.sh`, `make ci`): rule deps-own-words. The Go, apt and pip lines are real output captured on
 * this machine (go1.19.8 against a local GOPROXY, apt-get -s, pip 23.2.1's format string); the composer, mix
 * and bun lines are their sources' format strings (rules/log-rules.json, `why`).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

const cases: [string, string[]][] = [
  [
    'go build, the proxy has no such version (404)',
    [
      'go: downloading github.com/acme/lib v1.2.0',
      'main.go:2:8: github.com/acme/lib@v1.2.0: reading https://proxy.golang.org/github.com/acme/lib/@v/v1.2.0.zip: 404 Not Found',
    ],
  ],
  [
    'go get, no version matches the query',
    ['go: github.com/acme/lib@v1.5: no matching versions for query "v1.5"'],
  ],
  [
    'apt-get, a pinned version the archive does not hold',
    ['Reading package lists...', "E: Version '0.0.0-nope' for 'bash' was not found"],
  ],
  [
    'pip, a pinned wheel URL answering 404',
    [
      'Collecting acme==1.0',
      'ERROR: HTTP error 404 while getting https://files.pythonhosted.org/packages/ab/cd/acme-1.0-py3-none-any.whl',
    ],
  ],
  [
    'composer install, composer.json requires what the lock file lacks',
    [
      'Installing dependencies from lock file (including require-dev)',
      'Verifying lock file contents can be installed on current platform.',
      '- Required package "acme/lib" is not present in the lock file.',
      'This usually happens when composer files are incorrectly merged or the composer.json file is manually edited.',
    ],
  ],
  [
    'mix, dependencies not fetched or out of date',
    [
      'Unchecked dependencies for environment test:',
      '* jason (Hex package)',
      '  lock mismatch: the dependency is out of date. To fetch locked version run "mix deps.get"',
      "** (Mix) Can't continue due to errors on dependencies",
    ],
  ],
  [
    'bun install --frozen-lockfile after package.json changed',
    ['bun install v1.1.38 (bf2f153f)', 'error: lockfile had changes, but lockfile is frozen'],
  ],
];

describe("a package manager's own words that the version or lock entry is not there", () => {
  test.each(cases)('%s: dependency, not retried', (name, output) => {
    const v = classify({ log: failedRunLog('./ci.sh', output) });
    expect(v.type).toBe('dependency');
    // Mix's own raise has a rule of its own (mix-deps-failed, from lib/mix's source): the same type.
    expect(v.rule).toBe(name.startsWith('mix') ? 'mix-deps-failed' : 'deps-own-words');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('the same tools answering with a server error are not a missing version', () => {
  test("go's proxy answering 502 is no dependency verdict of this rule", () => {
    const v = classify({
      log: failedRunLog('./ci.sh', [
        'go: github.com/acme/lib@v1.2.0: reading https://proxy.golang.org/github.com/acme/lib/@v/v1.2.0.mod: 502 Bad Gateway',
      ]),
    });
    expect(v.rule).not.toBe('deps-own-words');
  });
  test("pip's 503 while getting a wheel is no dependency verdict of this rule", () => {
    const v = classify({
      log: failedRunLog('./ci.sh', [
        'ERROR: HTTP error 503 while getting https://files.pythonhosted.org/packages/ab/cd/acme-1.0-py3-none-any.whl',
      ]),
    });
    expect(v.rule).not.toBe('deps-own-words');
  });
});
