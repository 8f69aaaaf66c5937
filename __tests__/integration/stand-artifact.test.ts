import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';

type ArtifactModule = typeof import('@actions/artifact');

describe('artifacts through the real @actions/artifact client, the Results service and Azurite', () => {
  let stand: Stand;
  let restoreEnv: () => void;
  let artifact: ArtifactModule;
  let dir: string;
  const RUN_ID = 4321;

  beforeAll(async () => {
    stand = await startStand({ runId: RUN_ID, jobId: 11 });
    dir = await mkdtemp(path.join(os.tmpdir(), 'artifact-'));
    restoreEnv = setEnv({ ...stand.env, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir });
    // @actions/github reads GITHUB_API_URL at load time: import only once the env points at the stand.
    artifact = await import('@actions/artifact');
  });
  afterAll(async () => {
    restoreEnv();
    await stand.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips 20 MiB byte-equal, by the current run and through the REST findBy path', async () => {
    const data = randomBytes(20 * 1024 * 1024);
    const source = path.join(dir, 'src', 'blob.bin');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(source), { recursive: true }));
    await writeFile(source, data);
    const client = new artifact.DefaultArtifactClient();

    const { value: uploaded, output } = await quietly(() =>
      client.uploadArtifact('big-checkpoint', [source], path.dirname(source)),
    );
    expect(output).not.toContain('::error::');
    expect(uploaded.id).toBeGreaterThan(0);
    const record = stand.results.artifacts.find((a) => a.id === uploaded.id);
    expect(record).toMatchObject({ name: 'big-checkpoint', finalized: true, runId: RUN_ID, runAttempt: 1 });
    expect(record?.digest).toBe(`sha256:${uploaded.digest}`);

    // Same run: Twirp ListArtifacts + GetSignedArtifactURL.
    const own = path.join(dir, 'own');
    const { value: ownResult } = await quietly(() =>
      client.downloadArtifact(uploaded.id ?? 0, { path: own, expectedHash: record?.digest }),
    );
    expect(ownResult.digestMismatch).toBe(false);
    expect((await readFile(path.join(own, 'blob.bin'))).equals(data)).toBe(true);

    // Another run (or attempt): REST list by run id, then the 302 to a SAS URL.
    const findBy = {
      token: stand.token,
      workflowRunId: RUN_ID,
      repositoryOwner: 'octo-org',
      repositoryName: 'demo',
    };
    const { value: found } = await quietly(() => client.getArtifact('big-checkpoint', { findBy }));
    expect(found.artifact).toMatchObject({ id: uploaded.id, name: 'big-checkpoint', size: record?.size });
    const viaRest = path.join(dir, 'rest');
    const { value: restResult } = await quietly(() =>
      client.downloadArtifact(found.artifact.id, { path: viaRest, findBy }),
    );
    expect(restResult.digestMismatch).toBe(false);
    expect((await readFile(path.join(viaRest, 'blob.bin'))).equals(data)).toBe(true);

    const routes = stand.github.calls.map((c) => `${c.method} ${c.route ?? c.path} ${c.status}`);
    expect(routes).toContain('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts 200');
    expect(routes).toContain(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format} 302',
    );
    expect(stand.github.validationErrors).toEqual([]);
  });

  it('uploads one raw file with skipArchive and refuses a second upload of the same name (409)', async () => {
    const file = path.join(dir, 'manifest.json');
    await writeFile(file, '{"stage":"build"}');
    const client = new artifact.DefaultArtifactClient();
    const { value: first } = await quietly(() =>
      client.uploadArtifact('ignored', [file], dir, { skipArchive: true }),
    );
    expect(stand.results.artifacts.find((a) => a.id === first.id)).toMatchObject({
      name: 'manifest.json',
      mimeType: 'application/json',
      size: 17,
    });

    await expect(
      quietly(() => client.uploadArtifact('ignored', [file], dir, { skipArchive: true })),
    ).rejects.toThrow(/409|already exists/);
    expect(stand.results.calls.filter((c) => c.method === 'CreateArtifact').map((c) => c.status)).toContain(
      409,
    );
  });

  it('keeps attempts apart: attempt 2 lists nothing of attempt 1 over Twirp, but finds it over REST', async () => {
    const restore = setEnv({ ACTIONS_RUNTIME_TOKEN: stand.newJobToken(RUN_ID, 12, 2) });
    try {
      const client = new artifact.DefaultArtifactClient();
      const { value: own } = await quietly(() => client.listArtifacts());
      expect(own.artifacts).toEqual([]);
      const findBy = {
        token: stand.token,
        workflowRunId: RUN_ID,
        repositoryOwner: 'octo-org',
        repositoryName: 'demo',
      };
      const { value: all } = await quietly(() => client.listArtifacts({ findBy }));
      expect(all.artifacts.map((a) => a.name).sort()).toEqual(['big-checkpoint', 'manifest.json']);
    } finally {
      restore();
    }
  });

  it("lists the repository's artifacts and deletes one over REST (record and blob)", async () => {
    const headers = { authorization: `token ${stand.token}` };
    stand.github.addRun({ repo: 'octo-org/demo', id: RUN_ID });
    const listed = (await (
      await fetch(`${stand.github.url}/repos/octo-org/demo/actions/artifacts?name=manifest.json`, { headers })
    ).json()) as {
      artifacts: { id: number; name: string }[];
    };
    expect(listed.artifacts.map((a) => a.name)).toEqual(['manifest.json']);
    const id = listed.artifacts[0]?.id ?? 0;
    const url = stand.results.artifactDownloadUrl(
      stand.results.artifacts.find((a) => a.id === id) ?? stand.results.artifacts[0]!,
    );
    expect((await fetch(url)).status).toBe(200);
    const deleted = await fetch(`${stand.github.url}/repos/octo-org/demo/actions/artifacts/${id}`, {
      method: 'DELETE',
      headers,
    });
    expect(deleted.status).toBe(204);
    expect(stand.results.artifacts.some((a) => a.id === id)).toBe(false);
    expect((await fetch(url)).status).toBe(404);
    expect(stand.github.validationErrors).toEqual([]);
  });
});
