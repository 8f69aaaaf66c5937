/**
 * `go test -count=3` repeats each test in one process: a test that leaves state behind fails on its repeat,
 * every run. Re-run once (`-count=1`) it passed and was called flaky; the re-run keeps the step's count, so it
 * fails again: red. Through the real `dist/run.js` with Debian's go, offline. Needs a built dist.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { goEnv, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const files = {
  'go.mod': 'module example.com/m\n\ngo 1.19\n',
  'a_test.go': `package m

import "testing"

var seen = map[string]bool{}

func TestOnce(t *testing.T) {
	if seen["x"] {
		t.Fatal("state left from the run before")
	}
	seen["x"] = true
}
`,
};

describeIfRunner('go', 'go test -count=3: a test that fails on its repeat', () => {
  it('the re-run repeats it as the step did, it fails again: red', async () => {
    const r = await testStep(files, { run: 'go test -count=3 ./...' }, { pullRequest: true, env: goEnv() });
    expect(r.log).toContain("re-run 1): go test -count=3 -v -run '^TestOnce$' 'example.com/m'");
    expect(r.log).toContain('go:example.com/m::TestOnce: failed on 1 re-run(s) of itself');
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.conclusion).toBe('failure');
  });

  it("the step's GOFLAGS=-count=3 (the job's env): the re-run's own -count keeps it, it fails again: red", async () => {
    const env = { ...goEnv(), GOFLAGS: '-count=3' };
    const r = await testStep(files, { run: 'go test ./...' }, { pullRequest: true, env });
    expect(r.log).toContain("re-run 1): go test -count=3 -v -run '^TestOnce$' 'example.com/m'");
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.conclusion).toBe('failure');
  });
});
