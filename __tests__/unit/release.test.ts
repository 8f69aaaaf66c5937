/**
 * Releases users can pin: the release workflow is valid for the runner and tags what the README promises,
 * the changelog has the notes of the version to release, and the marketplace branding is valid.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { changelogSection, releaseTags } from '../../scripts/release.js';
import { repoRoot as root } from '../../stand/services/paths.js';

const read = (f: string): string => readFileSync(path.join(root, f), 'utf8');
const version = (JSON.parse(read('package.json')) as { version: string }).version;

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface ReleaseWorkflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { release: { if: string; permissions: Record<string, string>; steps: Step[] } };
}

test('release.yml parses with the runner schema (and the parser bites)', () => {
  const content = read('.github/workflows/release.yml');
  const parsed = parseWorkflow({ name: 'release.yml', content }, new NoOperationTraceWriter());
  expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  const broken = parseWorkflow(
    { name: 'x.yml', content: content.replace('    runs-on:', '    runs-onn:') },
    new NoOperationTraceWriter(),
  );
  expect(broken.context.errors.getErrors().length).toBeGreaterThan(0);
});

test('release.yml builds, refuses a stale dist/, tags vX.Y.Z and moves vX, from main only', () => {
  const wf = parse(read('.github/workflows/release.yml')) as ReleaseWorkflow;
  expect(Object.keys(wf.on)).toEqual(['workflow_dispatch']);
  expect(wf.permissions).toEqual({ contents: 'read' });
  const job = wf.jobs.release;
  expect(job.if).toBe("github.ref == 'refs/heads/main'");
  expect(job.permissions).toEqual({ contents: 'write' });
  const runs = job.steps.map((s) => s.run ?? s.uses ?? '');
  const at = (pattern: RegExp): number => runs.findIndex((r) => pattern.test(r));
  const build = at(/npm run build[\s\S]*git status --porcelain[\s\S]*exit 1/);
  const notes = at(/^npx tsx scripts\/release\.ts$/);
  const tests = at(/^npm test$/);
  const tag = at(/git config user\.name[\s\S]*npx tsx scripts\/release\.ts tag\s*$/);
  const release = at(/gh release create "\$TAG" .*--notes-file "\$NOTES"/);
  expect([build, notes, tests, tag, release].every((i) => i >= 0)).toBe(true);
  // Nothing is tagged before dist/ is checked, the version's notes are found and the tests pass.
  expect(build).toBeLessThan(tag);
  expect(notes).toBeLessThan(tag);
  expect(tests).toBeLessThan(tag);
  expect(tag).toBeLessThan(release);
});

test('the tags of a version: vX.Y.Z and the major vX; pre-releases are refused', () => {
  expect(releaseTags('1.4.2')).toEqual({ tag: 'v1.4.2', major: 'v1' });
  expect(releaseTags('12.0.0')).toEqual({ tag: 'v12.0.0', major: 'v12' });
  expect(() => releaseTags('1.0.0-rc.1')).toThrow("version '1.0.0-rc.1' is not X.Y.Z");
});

test('the notes are the section of the version, up to the next one; a missing or empty one is refused', () => {
  const log = '# Changelog\n\n## 1.1.0\n\n- b\n\n## [1.0.0] - 2026-11-23\n\n- a\n';
  expect(changelogSection(log, '1.1.0')).toBe('- b');
  expect(changelogSection(log, '1.0.0')).toBe('- a');
  expect(() => changelogSection(log, '1.0')).toThrow("CHANGELOG.md: no '## 1.0' section");
  expect(() => changelogSection('## 2.0.0\n\n## 1.0.0\n- a\n', '2.0.0')).toThrow('is empty');
});

test("CHANGELOG.md has the notes of package.json's version, so the release can run", () => {
  expect(changelogSection(read('CHANGELOG.md'), version).length).toBeGreaterThan(20);
});

test("every '@vN' the README and the reusable workflow tell users to pin is package.json's major", () => {
  const { major } = releaseTags(version);
  for (const file of ['README.md', '.github/workflows/recovery.yml']) {
    const pins = [...read(file).matchAll(/ci-recovery\/ci-recovery[\w./-]*@(v\d+)\b/g)].map((m) => m[1]);
    expect(pins.length).toBeGreaterThan(0);
    expect(new Set(pins)).toEqual(new Set([major]));
  }
});

test('the root action has marketplace branding: a Feather icon name and one of the allowed colours', () => {
  const action = parse(read('action.yml')) as { branding?: { icon?: string; color?: string } };
  expect(action.branding?.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
    action.branding?.color,
  );
});
