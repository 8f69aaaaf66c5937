/**
 * `go test -coverprofile=c.out`: the profile is the step's, and the job uploads it after the step. A re-run of
 * the failed test alone wrote its own profile over it (the coverage of that one test), and the upload reported a
 * fraction. The re-run keeps the instrumentation (`-cover`) and writes no profile: after a flake goes green the
 * file is still the step's. Through the real `dist/run.js` with Debian's go, offline. Needs a built dist.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { goEnv, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

/** TestA fails on its first run only (a marker file) and covers A; TestB passes and covers B. */
const files = {
  'go.mod': 'module example.com/cov\n\ngo 1.19\n',
  'cov.go': 'package cov\n\nfunc A() int { return 1 }\n\nfunc B() int { return 2 }\n',
  'cov_test.go': `package cov

import (
	"os"
	"testing"
)

func TestA(t *testing.T) {
	_, err := os.Stat(".ran-once")
	os.WriteFile(".ran-once", nil, 0o644)
	if err != nil {
		t.Fatal("fails on its first run")
	}
	if A() != 1 {
		t.Fatal("a")
	}
}

func TestB(t *testing.T) {
	if B() != 2 {
		t.Fatal("b")
	}
}
`,
};

describeIfRunner('go', 'go test -coverprofile: the re-run of a flake', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'coverprofile-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it.each([['-coverprofile=%s'], ['-coverprofile %s']])(
    "%s: the flake goes green and the step's profile is kept (B covered, as the step ran it)",
    async (flag) => {
      const profile = path.join(out, 'c.out');
      const run = `go test ${flag.replace('%s', profile)} -covermode=count ./...`;
      const r = await testStep(files, { run }, { pullRequest: true, env: goEnv() });
      expect(r.outputs).toMatchObject({ 'flaky-tests': 'go:example.com/cov::TestA', 'failed-tests': '' });
      expect(r.conclusion).toBe('success');
      // The step's run: TestA stopped before A(), TestB ran B() once. The re-run's alone would say A 1, B 0.
      expect(readFileSync(profile, 'utf8').split('\n').sort().filter(Boolean)).toEqual([
        'example.com/cov/cov.go:3.14,3.26 1 0',
        'example.com/cov/cov.go:5.14,5.26 1 1',
        'mode: count',
      ]);
      expect(r.log).toContain(
        "re-run 1): go test -covermode=count -cover -count=1 -v -run '^TestA$' 'example.com/cov'",
      );
    },
  );

  it("GOFLAGS' -coverprofile and -cpuprofile: the re-run sets them empty, so the step's files stay the step's", async () => {
    const profile = path.join(out, 'c.out');
    const cpu = path.join(out, 'cpu.out');
    // TestA fails on its first run; on its re-run it leaves a file, written before go writes any profile.
    const withRerunMark = {
      ...files,
      'cov_test.go': files['cov_test.go'].replace(
        'if err != nil {',
        'if err == nil {\n\t\tos.WriteFile(os.Getenv("RERUN_MARK"), nil, 0o644)\n\t}\n\tif err != nil {',
      ),
    };
    const mark = path.join(out, 'rerun-ran');
    const env = {
      ...goEnv(),
      GOFLAGS: `-mod=mod -coverprofile=${profile} -cpuprofile=${cpu}`,
      RERUN_MARK: mark,
    };
    const r = await testStep(
      withRerunMark,
      { run: 'go test -covermode=count ./...' },
      { pullRequest: true, env },
    );
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'go:example.com/cov::TestA', 'failed-tests': '' });
    expect(r.conclusion).toBe('success');
    // The step's coverage (TestB ran B(), TestA stopped before A()), not the re-run's alone (A 1, B 0).
    expect(readFileSync(profile, 'utf8').split('\n').sort().filter(Boolean)).toEqual([
      'example.com/cov/cov.go:3.14,3.26 1 0',
      'example.com/cov/cov.go:5.14,5.26 1 1',
      'mode: count',
    ]);
    // The CPU profile was written by the step's run, before the re-run ran TestA: not again after it.
    expect(statSync(cpu).mtimeMs).toBeLessThan(statSync(mark).mtimeMs);
    expect(r.log).toContain(
      "re-run 1): go test -covermode=count -cover -coverprofile= -cpuprofile= -count=1 -v -run '^TestA$' 'example.com/cov'",
    );
  });
});
