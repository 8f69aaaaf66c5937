/**
 * The suite's own jest environment: what a test file's code hooked on `process.once('exit')` runs when
 * the file ends. Jest hands each file a copy of `process` whose 'exit' never fired, so the runner temp
 * directories the stand makes outside a stand (stand/runner/job.ts) were left in the OS temp directory,
 * about 14 per `npm test`. Runs a fixture test file in a jest of its own, with the suite's config.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jest-environment-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

test("a job's RUNNER_TEMP made outside a stand is gone when its test file ends", async () => {
  const configUrl = pathToFileURL(path.join(root, 'jest.config.js')).href;
  const { default: config } = (await import(configUrl)) as { default: { projects: object[] } };
  const project = {
    ...config.projects[0],
    rootDir: root,
    roots: ['<rootDir>/__tests__/fixtures/jest-exit'],
    testMatch: ['**/*.fixture.ts'],
  };
  const report = path.join(tmp, 'runner-temp.txt');
  const cpuFile = path.join(tmp, 'cpu.jsonl');
  const jest = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/jest/bin/jest.js'), '--ci', '--config', JSON.stringify(project)],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, JEST_EXIT_REPORT: report, CI_RECOVERY_TEST_CPU_FILE: cpuFile },
      timeout: 60_000,
    },
  );
  expect({ status: jest.status, stderr: jest.status === 0 ? '' : jest.stderr }).toEqual({
    status: 0,
    stderr: '',
  });
  const runnerTemp = await readFile(report, 'utf8');
  expect(path.basename(runnerTemp)).toMatch(/^runner-temp-/);
  expect(existsSync(runnerTemp)).toBe(false);
  // The file's CPU time, its worker's and its children's, asked for by CI_RECOVERY_TEST_CPU_FILE.
  const lines = (await readFile(cpuFile, 'utf8')).trim().split('\n');
  const records = lines.map((l) => JSON.parse(l) as { file: string; self: number; children: number });
  expect(records).toHaveLength(1);
  expect(records[0]!.file).toMatch(/jest-exit\/.*\.fixture\.ts$/);
  expect(records[0]!.self).toBeGreaterThanOrEqual(0);
  expect(records[0]!.children).toBeGreaterThanOrEqual(0);
});
