/**
 * go test's `FAIL <pkg> [setup failed]` (go-build-failed, beforeTests): the package's tests never ran because its
 * test's imports did not load (golang/go src/cmd/go/internal/test/test.go, go1.19.8: builderTest's error under
 * `# <pkg>`, then `FAIL\t%s [setup failed]\n`). What did not load says the type: a module go.mod lacks is
 * `dependency`, not a compile error. Output of go 1.19.8
 * run here: `go test ./...` on a module whose package setup's test imports github.com/stretchr/testify/assert,
 * beside a package i18n whose test fails, with the other packages' `ok` lines between, as go prints them.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

const others = Array.from({ length: 70 }, (_, i) => `ok  \texample.com/app/p${i}\t0.0${i % 10}1s`);
const tested = [
  '--- FAIL: TestLocalize (0.00s)',
  '    i_test.go:3: got "hallo", want "hello"',
  'FAIL',
  'FAIL\texample.com/app/i18n\t0.140s',
  'FAIL',
];
const goTest = (loader: string[]): string =>
  failedRunLog(
    'go test ./...',
    [
      '# example.com/app/setup',
      ...loader,
      'FAIL\texample.com/app/setup [setup failed]',
      ...others,
      ...tested,
    ],
    1,
  );

describe("go test's [setup failed]: what did not load decides, over another package's failed test", () => {
  test("a module go.mod lacks (GOFLAGS=-mod=readonly, the default) is dependency, on the loader's line", () => {
    const missing =
      'setup/s_test.go:6:2: no required module provides package github.com/stretchr/testify/assert; to add it:';
    const v = classify({ log: goTest([missing, '\tgo get github.com/stretchr/testify/assert']) });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe(missing);
  });

  test('a package that did not compile still outranks the failed test, as build', () => {
    const v = classify({
      log: failedRunLog(
        'go test ./...',
        [
          '# example.com/app/broken [example.com/app/broken.test]',
          'broken/other.go:3:7: DefaultLanguage redeclared in this block',
          '\tbroken/broken.go:3:7: other declaration of DefaultLanguage',
          'FAIL\texample.com/app/broken [build failed]',
          ...others,
          ...tested,
        ],
        2,
      ),
    });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe('broken/other.go:3:7: DefaultLanguage redeclared in this block');
  });
});
