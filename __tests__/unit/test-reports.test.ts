/**
 * adapters/test-reports.ts on real files in a temporary directory: reports found by glob, only those the
 * attempt wrote, none through a symbolic link or from node_modules unless the glob says so, and main's
 * changed files read back.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeChangedFiles } from '../../src/adapters/config-file.js';
import { testFilesPort } from '../../src/adapters/test-reports.js';
import { surefireGlobs } from '../../src/phases/run-tests.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { MAX_REPORT_BYTES } from '../../src/test-recovery/core/junit.js';

const trees: string[] = [];
afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ci-recovery-reports-'));
  trees.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('test reports on disk', () => {
  it('finds reports by glob, written since the attempt began, never through a link or in node_modules', async () => {
    const dir = tree({
      'reports/a.xml': '<a/>',
      'reports/sub/b.xml': '<b/>',
      'reports/old.xml': '<old/>',
      'node_modules/x/reports/c.xml': '<c/>',
      'outside/d.xml': '<d/>',
    });
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(path.join(dir, 'reports/old.xml'), past, past);
    symlinkSync(path.join(dir, 'outside/d.xml'), path.join(dir, 'reports/link.xml'));
    const port = testFilesPort({ runnerTemp: dir });
    const since = Date.now() - 60_000;
    const found = await port.reports('reports/**/*.xml, **/c.xml', dir, since);
    expect(found.files.map((f) => f.path).sort()).toEqual(['reports/a.xml', 'reports/sub/b.xml']);
    const deep = await port.reports('node_modules/**/*.xml', dir, since);
    expect(await Promise.all(deep.files.map(async (f) => [f.path, await f.read()]))).toEqual([
      ['node_modules/x/reports/c.xml', '<c/>'],
    ]);
  });

  it('finds a report named by its path, no glob in it (junit.xml, reports/junit.xml)', async () => {
    const dir = tree({ 'junit.xml': '<top/>', 'reports/junit.xml': '<r/>' });
    const port = testFilesPort({ runnerTemp: dir });
    const since = Date.now() - 60_000;
    const found = await port.reports('reports/junit.xml, junit.xml, ./missing.xml', dir, since);
    expect(await Promise.all(found.files.map(async (f) => [f.path, await f.read()]))).toEqual([
      ['reports/junit.xml', '<r/>'],
      ['junit.xml', '<top/>'],
    ]);
  });

  it('names every report it will not read (past the 50 read, too large), and reads none before it is asked', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 52; i++) files[`reports/r${String(i).padStart(2, '0')}.xml`] = '<testsuite/>';
    const dir = tree(files);
    writeFileSync(path.join(dir, 'reports/big.xml'), Buffer.alloc(MAX_REPORT_BYTES + 1, 32));
    const port = testFilesPort({ runnerTemp: dir });
    const found = await port.reports('reports/*.xml', dir, Date.now() - 60_000);
    expect(found.files).toHaveLength(50);
    expect(found.skipped).toHaveLength(3);
    expect(found.skipped).toContain(`reports/big.xml: larger than ${MAX_REPORT_BYTES} bytes`);
    expect(found.skipped.filter((s) => s.endsWith(': past the 50 reports read at most'))).toHaveLength(2);
    // Read when asked: a report removed before that is named, not thrown as an I/O error.
    rmSync(path.join(dir, found.files[0]!.path));
    await expect(found.files[0]!.read()).rejects.toThrow(/could not be read \(ENOENT\)/);
    await expect(found.files[1]!.read()).resolves.toBe('<testsuite/>');
  });

  it("reads back the change's files main saved, and nothing when there are none", async () => {
    const temp = tree({});
    const port = testFilesPort({ runnerTemp: temp });
    expect(await port.changedFiles()).toBeUndefined();
    await writeChangedFiles(temp, ['src/a.test.js', 'README.md']);
    expect(await port.changedFiles()).toEqual(['src/a.test.js', 'README.md']);
  });
});

describe("the runner's config files, read as text where it ran", () => {
  it('gives the text of each file there; null for one too large, a link, or named outside; leaves out the missing', async () => {
    const outside = tree({ '.mocharc.json': '{"bail":true}' });
    const dir = tree({
      '.rspec': '--fail-fast\n',
      'ci/phpunit.xml': '<phpunit stopOnFailure="true"/>',
      'phpunit.xml': 'x'.repeat(256 * 1024 + 1),
    });
    symlinkSync(path.join(outside, '.mocharc.json'), path.join(dir, '.mocharc.json'));
    const port = testFilesPort({ runnerTemp: dir });
    const texts = await port.configTexts(dir, [
      '.rspec',
      '.rspec-local',
      'ci/phpunit.xml',
      'phpunit.xml',
      '.mocharc.json',
      `../${path.basename(outside)}/.mocharc.json`,
      path.join(outside, '.mocharc.json'),
    ]);
    expect(texts).toEqual({
      '.rspec': '--fail-fast\n',
      'ci/phpunit.xml': '<phpunit stopOnFailure="true"/>',
      'phpunit.xml': null,
      '.mocharc.json': null,
      [`../${path.basename(outside)}/.mocharc.json`]: null,
      [path.join(outside, '.mocharc.json')]: null,
    });
  });
});

describe("the runner's config files come from the change under test", () => {
  it('reads none through a linked directory: a link anywhere on the path gives null, not the text it points at', async () => {
    const outside = tree({ 'maven.config': '-q\n', '.mocharc.yml': 'bail: true\n' });
    const dir = tree({ 'pom.xml': '<project/>' });
    symlinkSync(outside, path.join(dir, '.mvn'));
    symlinkSync(outside, path.join(dir, 'web'));
    const port = testFilesPort({ runnerTemp: dir });
    expect(await port.configTexts(dir, ['pom.xml', '.mvn/maven.config', 'web/.mocharc.yml'])).toEqual({
      'pom.xml': '<project/>',
      '.mvn/maven.config': null,
      'web/.mocharc.yml': null,
    });
  });

  it('a path named outside the directory (absolute, or climbing above it) is unknown, not absent; one that stays inside is read', async () => {
    const outside = tree({ 'phpunit.xml': '<phpunit stopOnFailure="true"/>' });
    const dir = tree({ 'phpunit.xml': '<phpunit/>', 'web/x': '' });
    const port = testFilesPort({ runnerTemp: dir });
    const climbing = `../${path.basename(outside)}/phpunit.xml`;
    const absolute = path.join(outside, 'phpunit.xml');
    expect(await port.configTexts(dir, [climbing, absolute, 'web/../phpunit.xml'])).toEqual({
      [climbing]: null,
      [absolute]: null,
      'web/../phpunit.xml': '<phpunit/>',
    });
  });
});

describe("package.json's scripts come from the change under test too", () => {
  it('a package.json that is a link (here to a file outside) gives no scripts, unread', async () => {
    const outside = tree({ 'package.json': '{"scripts":{"test":"mocha --bail"}}' });
    const dir = tree({ 'web/x': '' });
    symlinkSync(path.join(outside, 'package.json'), path.join(dir, 'package.json'));
    const port = testFilesPort({ runnerTemp: dir });
    expect(await port.packageScripts(dir)).toEqual({});
    expect(await port.packageScripts(outside)).toEqual({ test: 'mocha --bail' });
  });
});

describe('reports a re-run writes again are put back as the step left them', () => {
  it('saves only the files named, and restores their bytes and times; one made a link since is left alone', async () => {
    const step = Buffer.from([0x3c, 0x61, 0x2f, 0x3e, 0xff, 0x0a]); // not UTF-8: the bytes go back as they were
    const dir = tree({
      'm/target/surefire-reports/demo.BTest.txt': 'other class',
      'm/target/surefire-reports/demo.ATest.txt': 'Tests run: 3, Failures: 1',
      'elsewhere/victim.txt': 'not ours',
    });
    writeFileSync(path.join(dir, 'm/target/surefire-reports/TEST-demo.ATest.xml'), step);
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(path.join(dir, 'm/target/surefire-reports/TEST-demo.ATest.xml'), past, past);
    const names = new Set(['TEST-demo.ATest.xml', 'demo.ATest.txt']);
    const port = testFilesPort({ runnerTemp: dir });
    const kept = await port.keepFiles('**/target/surefire-reports/*', dir, names);
    // The re-run writes its own over them (and over a class not named); one is replaced by a link.
    writeFileSync(path.join(dir, 'm/target/surefire-reports/TEST-demo.ATest.xml'), '<re-run/>');
    writeFileSync(path.join(dir, 'm/target/surefire-reports/demo.BTest.txt'), 'written again');
    rmSync(path.join(dir, 'm/target/surefire-reports/demo.ATest.txt'));
    symlinkSync(
      path.join(dir, 'elsewhere/victim.txt'),
      path.join(dir, 'm/target/surefire-reports/demo.ATest.txt'),
    );
    await kept.restore();
    const xml = path.join(dir, 'm/target/surefire-reports/TEST-demo.ATest.xml');
    expect(readFileSync(xml)).toEqual(step);
    expect(statSync(xml).mtimeMs).toBe(past.getTime());
    expect(readFileSync(path.join(dir, 'm/target/surefire-reports/demo.BTest.txt'), 'utf8')).toBe(
      'written again',
    );
    expect(readFileSync(path.join(dir, 'elsewhere/victim.txt'), 'utf8')).toBe('not ours');
  });

  it("the re-run's classes in globs of 300 names a line: 1,000 classes' files kept, none over picomatch's 65,536-character bound", async () => {
    const classes = Array.from({ length: 1000 }, (_, i) => `org.example.deeply.nested.pkg.Class${i}Test`);
    const dir = tree(
      Object.fromEntries(
        [0, 999].map((i) => [`m/target/surefire-reports/TEST-${classes[i]}.xml`, `step ${i}`]),
      ),
    );
    const names = new Set(classes.flatMap((c) => [`TEST-${c}.xml`, `${c}.txt`, `${c}-output.txt`]));
    const glob = surefireGlobs([...names]);
    expect(Math.max(...glob.split('\n').map((l) => l.length))).toBeLessThan(65_536);
    const kept = await testFilesPort({ runnerTemp: dir }).keepFiles(glob, dir, names);
    for (const i of [0, 999])
      writeFileSync(path.join(dir, `m/target/surefire-reports/TEST-${classes[i]}.xml`), 're-run');
    await kept.restore();
    for (const i of [0, 999])
      expect(readFileSync(path.join(dir, `m/target/surefire-reports/TEST-${classes[i]}.xml`), 'utf8')).toBe(
        `step ${i}`,
      );
  });

  it('a named file not kept (here over the report size bound) is a warning naming it and why; others are kept', async () => {
    const dir = tree({ 'm/target/surefire-reports/demo.ATest.txt': 'Tests run: 3, Failures: 1' });
    const big = 'm/target/surefire-reports/demo.ATest-output.txt';
    writeFileSync(path.join(dir, big), 'x'.repeat(MAX_REPORT_BYTES + 1));
    // An unnamed file as large is not the re-run's to write: no warning for it.
    writeFileSync(
      path.join(dir, 'm/target/surefire-reports/demo.BTest-output.txt'),
      'x'.repeat(MAX_REPORT_BYTES + 1),
    );
    const logger = new RecordingLogger();
    const names = new Set(['demo.ATest.txt', 'demo.ATest-output.txt']);
    const kept = await testFilesPort({ runnerTemp: dir }, logger).keepFiles(
      '**/target/surefire-reports/*',
      dir,
      names,
    );
    expect(logger.records.filter((r) => r.level === 'warning').map((r) => r.message)).toEqual([
      `ci-recovery: a report the re-run writes again was not kept, the re-run's replaces it: ${big}: larger than ${MAX_REPORT_BYTES} bytes`,
    ]);
    writeFileSync(path.join(dir, 'm/target/surefire-reports/demo.ATest.txt'), 'Tests run: 1, Failures: 0');
    await kept.restore();
    expect(readFileSync(path.join(dir, 'm/target/surefire-reports/demo.ATest.txt'), 'utf8')).toBe(
      'Tests run: 3, Failures: 1',
    );
  });
});
