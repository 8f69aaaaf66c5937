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

/**
 * Azure Storage answering a server error (rule azure-storage-server-error). The JavaScript SDK is run for real:
 * @azure/storage-blob uploads to a local server that answers as the service does (the status, x-ms-error-code and
 * the XML error body with the message the service's emulator Azurite gives InternalError), and Node prints the
 * uncaught RestError. The Python SDK's form is its format string filled in (response_handlers.py
 * process_storage_error: the message, then `ErrorCode:<code>` on a line of its own).
 */
describe('Azure Storage answering a server error, in its SDKs’ own words', () => {
  const INTERNAL = 'The server encountered an internal error. Please retry the request.';

  /** What Node prints when @azure/storage-blob's upload meets `status` with error `code` and `message`. */
  function jsSdk(status: number, code: string, message: string): string[] {
    const script = `
      import http from 'node:http';
      import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
      const [status, code, message] = JSON.parse(process.argv[1]);
      const server = http.createServer((req, res) => {
        req.resume();
        res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
        res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>' + code + '</Code><Message>' + message +
          '\\nRequestId:0f4b2a1e-301e-0042-2b8a-2f5d7c000000\\nTime:2026-12-05T16:00:00.0000000Z</Message></Error>');
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      const url = 'http://127.0.0.1:' + server.address().port + '/devstoreaccount1';
      const key = new StorageSharedKeyCredential('devstoreaccount1', Buffer.from('key').toString('base64'));
      const client = new BlobServiceClient(url, key, { retryOptions: { maxTries: 1 } });
      try {
        await client.getContainerClient('web').getBlockBlobClient('index.html').upload('x', 1);
      } finally {
        server.close();
      }`;
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', script, JSON.stringify([status, code, message])],
      { encoding: 'utf8', cwd: process.cwd() },
    );
    expect(r.status).toBe(1);
    return r.stderr.split('\n').filter((l) => l.trim() !== '');
  }

  test("the JavaScript SDK's RestError for InternalError: network, retried", () => {
    const printed = jsSdk(500, 'InternalError', INTERNAL);
    expect(printed).toContain(`RestError: ${INTERNAL}`);
    const v = classify({ log: failedRunLog('node scripts/deploy-static.js', printed) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('azure-storage-server-error');
    expect(v.evidence?.text).toBe(`RestError: ${INTERNAL}`);
    expect(retriedOnPr(v)).toBe(true);
  });

  test("the Python SDK's appended code of a server error (the Azure CLI's storage commands): network, retried", () => {
    // The code line decides; the messages above it besides InternalError's (Azurite's) are stand-ins.
    for (const [code, message] of [
      ['InternalError', INTERNAL],
      ['ServerBusy', 'The server is currently unable to receive requests. Please retry your request.'],
      ['OperationTimedOut', 'The operation could not be completed within the permitted time.'],
    ] as const) {
      const v = classify({
        log: failedRunLog('az storage blob upload-batch -d "$web" -s dist --account-name acme', [
          `ERROR: ${message}`,
          'RequestId:0f4b2a1e-301e-0042-2b8a-2f5d7c000000',
          'Time:2026-12-05T16:00:00.0000000Z',
          `ErrorCode:${code}`,
        ]),
      });
      expect({ code, type: v.type, rule: v.rule, retried: retriedOnPr(v) }).toEqual({
        code,
        type: 'network',
        rule: 'azure-storage-server-error',
        retried: true,
      });
    }
  });

  test('the service refusing the request (a 4xx code) is not this rule and not retried', () => {
    const printed = jsSdk(403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
    for (const lines of [
      printed,
      ['ERROR: Server failed to authenticate the request.', 'ErrorCode:AuthenticationFailed'],
    ]) {
      const v = classify({ log: failedRunLog('az storage blob upload-batch -d "$web" -s dist', lines) });
      expect(v.rule).not.toBe('azure-storage-server-error');
      expect(retriedOnPr(v)).toBe(false);
    }
  });

  test('the message quoted inside a line (an assertion, a log line) is not read', () => {
    const v = classify({
      log: failedRunLog('npm test', [
        `    expect(received).toBe(expected) // Expected: "${INTERNAL}"`,
        '      at Object.<anonymous> (test/storage.test.js:12:5)',
      ]),
    });
    expect(v.rule).not.toBe('azure-storage-server-error');
  });
});
