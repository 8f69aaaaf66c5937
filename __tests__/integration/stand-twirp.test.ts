import { startStand, type Stand } from '../../stand/services/stand.js';

describe("the Results service validates requests with the clients' own message classes", () => {
  let stand: Stand;
  beforeAll(async () => {
    stand = await startStand({ runId: 5, jobId: 6 });
  });
  afterAll(() => stand.stop());

  const post = async (
    method: string,
    body: unknown,
    token = stand.env.ACTIONS_RUNTIME_TOKEN,
  ): Promise<{ status: number; json: { code?: string; msg?: string } & Record<string, unknown> }> => {
    const service = method.includes('Cache') ? 'CacheService' : 'ArtifactService';
    const res = await fetch(
      new URL(`/twirp/github.actions.results.api.v1.${service}/${method}`, stand.results.url),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      },
    );
    return { status: res.status, json: (await res.json()) as { code?: string; msg?: string } };
  };
  const ids = (): { workflow_run_backend_id: string; workflow_job_run_backend_id: string } => {
    const scp = JSON.parse(
      Buffer.from(stand.env.ACTIONS_RUNTIME_TOKEN?.split('.')[1] ?? '', 'base64url').toString(),
    ) as { scp: string };
    const [, run = '', job = ''] = /Actions\.Results:([^:]+):(\S+)/.exec(scp.scp) ?? [];
    return { workflow_run_backend_id: run, workflow_job_run_backend_id: job };
  };

  it('rejects a request with an unknown field as invalid_argument (4xx, JSON)', async () => {
    const res = await post('CreateArtifact', { ...ids(), name: 'x', version: 7, retention_days: 3 });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('invalid_argument');
    expect(res.json.msg).toMatch(/retention_days/);
    const cacheRes = await post('GetCacheEntryDownloadURL', {
      key: 'k',
      version: 'v',
      restoreKeys: 'not-a-list',
      unknown: 1,
    });
    expect(cacheRes.status).toBe(400);
    expect(stand.results.artifacts).toEqual([]);
  });

  it("refuses a job's 501st artifact, as GitHub caps artifacts at 500 per job; another job still creates", async () => {
    const created = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        post('CreateArtifact', { ...ids(), name: `cap-${i}`, version: 7 }),
      ),
    );
    expect(created.every((r) => r.status === 200)).toBe(true);
    const refused = await post('CreateArtifact', { ...ids(), name: 'cap-500', version: 7 });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({
      code: 'failed_precondition',
      msg: 'the job has reached the limit of 500 artifacts',
    });
    const other = await post('CreateArtifact', {
      ...ids(),
      workflow_job_run_backend_id: 'another-job',
      name: 'cap-other',
      version: 7,
    });
    expect(other.status).toBe(200);
    // Leave the stand as the other tests expect it.
    stand.results.artifacts.splice(0, stand.results.artifacts.length);
  });

  it('rejects a mistyped field and accepts the same request when well-formed', async () => {
    const bad = await post('CreateArtifact', { ...ids(), name: 'x', version: 'seven' });
    expect(bad.status).toBe(400);
    const good = await post('CreateArtifact', { ...ids(), name: 'x', version: 7 });
    expect(good.status).toBe(200);
    expect(good.json.ok).toBe(true);
    expect(String(good.json.signed_upload_url)).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/[a-z0-9]+\/actions-results\/.+\?.*sig=/,
    );
    expect(String(good.json.signed_upload_url)).not.toContain('spr=https');
  });

  it('needs the runtime token, and only for its own run', async () => {
    expect((await post('ListArtifacts', ids(), '')).status).toBe(401);
    const other = await post('ListArtifacts', { ...ids(), workflow_run_backend_id: 'someone-else' });
    expect(other).toEqual({
      status: 403,
      json: expect.objectContaining({ code: 'permission_denied' }) as unknown,
    });
  });

  it('answers injected failures as Twirp errors', async () => {
    stand.results.failNext('ListArtifacts', { status: 429, code: 'resource_exhausted', msg: 'slow down' });
    expect(await post('ListArtifacts', ids())).toEqual({
      status: 429,
      json: { code: 'resource_exhausted', msg: 'slow down' },
    });
    expect((await post('ListArtifacts', ids())).status).toBe(200);
  });
});
