/**
 * A cloud service answering a server error in its SDK's own words (issue 68: "HTTP 5xx in a service client's own
 * words", gcloud). Google's apitools, under gcloud and gsutil, prints the response's headers as a dict
 * (google/apitools apitools/base/py/exceptions.py HttpError.__str__: `HttpError accessing <url>: response: <{...,
 * 'status': '503', ...}>, content <body>`; rule apitools-http-error-status): no rule read it. Each line is the
 * format string filled in with a dict as CPython prints it; a 4xx is the request's own fault, and the job's own
 * emulator on localhost no network: neither is retried. (The Azure CLI's `ERROR: Operation returned an invalid
 * status '<reason>'` was already read, http-library-server-error; its traceback form names no host and stays
 * unread on purpose, classify-client-words.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

/** Each status's reason phrase and the dict repr apitools prints, as CPython 3 gives them (http.HTTPStatus). */
function python(statuses: number[]): { reason: string; headers: string }[] {
  const script = [
    'import http, json, sys',
    'for s in json.loads(sys.argv[1]):',
    "    h = {'content-type': 'application/json; charset=UTF-8', 'status': str(s), 'content-length': '98'}",
    "    print(http.HTTPStatus(s).phrase + '\\t' + repr(h))",
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, JSON.stringify(statuses)], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => {
      const [reason = '', headers = ''] = l.split('\t');
      return { reason, headers };
    });
}

const TRANSIENT = [500, 502, 503, 504, 408];
const REFUSED = [400, 401, 403, 404, 409];

function verdict(run: string, lines: string[]): { type: string; retried: boolean; rule: string } {
  const v = classify({ log: failedRunLog(run, lines) });
  return { type: v.type, retried: retriedOnPr(v), rule: v.rule };
}

describe("gcloud's apitools HttpError, its response headers' status", () => {
  const apitools = (headers: string): string[] => [
    'Deploying container to Cloud Run service [app] in project [acme] region [us-central1]',
    `ERROR: (gcloud.run.deploy) HttpError accessing <https://run.googleapis.com/v1/namespaces/acme/services/app?alt=json>: response: <${headers}>, content <The service is currently unavailable.>`,
  ];

  test('a 5xx or 408: network, retried', () => {
    for (const { headers } of python(TRANSIENT))
      expect(verdict('gcloud run deploy app --image gcr.io/acme/app', apitools(headers))).toEqual({
        type: 'network',
        retried: true,
        rule: 'apitools-http-error-status',
      });
  });

  test('a 4xx: not retried', () => {
    for (const { headers } of python(REFUSED))
      expect(verdict('gcloud run deploy app --image gcr.io/acme/app', apitools(headers)).retried).toBe(false);
  });

  test('a 429, most often a quota spent for the day (RESOURCE_EXHAUSTED): not retried', () => {
    const [{ headers } = { headers: '' }] = python([429]);
    const line = `ERROR: (gcloud.run.deploy) HttpError accessing <https://run.googleapis.com/v1/namespaces/acme/services/app?alt=json>: response: <${headers}>, content <{"error": {"code": 429, "message": "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per day' of service 'run.googleapis.com'.", "status": "RESOURCE_EXHAUSTED"}}>`;
    expect(headers).toContain("'status': '429'");
    expect(verdict('gcloud run deploy app --image gcr.io/acme/app', [line]).retried).toBe(false);
  });

  test("the job's own emulator on localhost is no network", () => {
    const [{ headers } = { headers: '' }] = python([503]);
    const line = `apitools.base.py.exceptions.HttpError: HttpError accessing <http://localhost:8085/v1/projects/p/topics/t?alt=json>: response: <${headers}>, content <>`;
    expect(verdict('python publish.py', [line]).retried).toBe(false);
  });
});

describe('`gcloud run deploy --source` whose container build failed in Cloud Build (rule gcloud-container-build-failed)', () => {
  // The step's lines as gcloud prints them; the build's own lines are in Cloud Build's log, not the job's.
  const deploy = (command: string): string[] => [
    'Building using Dockerfile and deploying container to Cloud Run service [api] in project [p] region [europe-west2]',
    'Building and deploying...',
    'Validating configuration..................done',
    'Uploading sources.........................done',
    'Building Container.............................................failed',
    'Deployment failed',
    `ERROR: (${command}) Build failed; check build logs for details`,
  ];

  test.each(['gcloud.run.deploy', 'gcloud.beta.run.deploy'])(
    '%s: the project build failed, not gcloud set up wrong; not retried',
    (command) => {
      const v = classify({
        log: failedRunLog('gcloud run deploy api --source . --region europe-west2', deploy(command)),
      });
      expect(v.type).toBe('build');
      expect(v.rule).toBe('gcloud-container-build-failed');
      expect(v.evidence?.text).toBe(`ERROR: (${command}) Build failed; check build logs for details`);
      expect(retriedOnPr(v)).toBe(false);
    },
  );

  test("`gcloud builds submit`'s failed build is not this rule: its steps' own lines are in the job's log", () => {
    const v = classify({
      log: failedRunLog('gcloud builds submit --config cloudbuild.yaml', [
        'ERROR: (gcloud.builds.submit) build 6e739b42-1184-4c6f-acb9-08509562e293 completed with status "FAILURE"',
      ]),
    });
    expect(v.rule).not.toBe('gcloud-container-build-failed');
  });
});
