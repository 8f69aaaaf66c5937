/**
 * Issue 68, the review's medium finding: a network failure the step's script tolerated (`curl … || true`, `set +e`, a
 * retry loop's `&& break`, a pipeline's first command without pipefail) printed before the step's real failure (a
 * compile error, a usage error) came out network and was retried, a deterministic failure sent to a retry; weigh.ts's
 * CAUSES `config: ['network']` raised it over a refusal too. A network line the script shows tolerated decides only
 * where nothing failed after it (weigh.ts failedAfter). Each step below is run for real, as the runner runs a `run:`
 * step (`bash --noprofile --norc -e <file>`, its output and errors in one stream), with real curl, wget, npm, pip,
 * gcc and a Python argparse usage error, against hosts under `.invalid`, which never resolve (RFC 6761 6.4): no
 * network is used, and every tool prints its own words for a host it could not resolve.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import type { StepScript } from '../../src/core/classify/step-script.js';
import { printers, ScriptReader, toleratedIn } from '../../src/core/classify/step-script.js';
import type { Classification } from '../../src/core/types.js';
import { failedScriptLog, retriedOnPr } from '../classify-logs.js';

const BASH_E = 'shell: /usr/bin/bash -e {0}';
const BASH_PIPEFAIL = 'shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}';

const URL = 'https://dl.nonexistent.invalid/tool-1.2.tgz';
const CURL = `curl -fsSL ${URL} -o tool.tgz`;
const GCC = 'gcc -c main.c';
/** A source whose header a tolerated download was to fetch (`-o missing.h`). */
const GCC_HEADER = 'gcc -c uses-header.c';
const NPM = 'npm install -g --fetch-retries=0 --registry https://registry.nonexistent.invalid/ left-pad';
const PIP =
  'pip install --isolated --no-cache-dir --disable-pip-version-check --retries 1 --timeout 3 ' +
  '--index-url https://pypi.nonexistent.invalid/simple codecov';

interface Case {
  name: string;
  script: string[];
  shell?: string;
  /** The type the verdict must have, and a word of the line it must show. */
  type: string;
  shows: string;
}

/** The tolerated network failure came before the step's real failure: that failure decides, and is not retried. */
const gonePast: Case[] = [
  {
    name: 'curl || true, then a compile error',
    script: [`${CURL} || true`, GCC],
    type: 'build',
    shows: 'undeclared',
  },
  {
    name: 'curl || true, then a usage error (the CAUSES config route)',
    script: [`${CURL} || true`, 'mytool --json'],
    type: 'config',
    shows: 'unrecognized arguments',
  },
  {
    name: 'wget || echo, then a compile error',
    script: [`wget ${URL} || echo "no tool, building without it"`, GCC],
    type: 'build',
    shows: 'undeclared',
  },
  {
    name: 'npm install -g || true, then a compile error',
    script: [`${NPM} || true`, GCC],
    type: 'build',
    shows: 'undeclared',
  },
  {
    name: 'pip install || true, then a compile error',
    script: [`${PIP} || true`, GCC],
    type: 'build',
    shows: 'undeclared',
  },
  {
    name: 'curl under set +e, then a compile error under set -e',
    script: ['set +e', CURL, 'set -e', GCC],
    type: 'build',
    shows: 'undeclared',
  },
  {
    name: 'a retry loop (curl && break), then a compile error',
    script: [`for i in 1 2; do ${CURL} && break; sleep 0.1; done`, GCC],
    type: 'build',
    shows: 'undeclared',
  },
  {
    name: 'curl piped into sh without pipefail, then a compile error',
    script: [`curl -fsSL ${URL} | sh`, GCC],
    type: 'build',
    shows: 'undeclared',
  },
];

/** The network failure is the step's end, or its tolerated command was not the only one that could print it. */
const standing: Case[] = [
  {
    name: 'curl is the step’s last command and fails',
    script: [GCC.replace('main.c', 'ok.c'), CURL],
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    name: 'a retry loop whose last attempt failed, then exit 1',
    script: [`for i in 1 2; do ${CURL} && exit 0; sleep 0.1; done`, 'echo "download failed" >&2', 'exit 1'],
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    name: 'a tolerated curl, then an untolerated one that fails the step',
    script: [`${CURL} || true`, `curl -fsSL ${URL.replace('tool', 'other')} -o other.tgz`],
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    name: 'curl piped into sh under pipefail',
    script: [`curl -fsSL ${URL} | sh`, GCC],
    shell: BASH_PIPEFAIL,
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    // `&&` keeps bash's -e from ending the script at pip, but the lines after pip's retries are pip's own.
    name: 'pip install && a later command: pip’s own resolver line after its retries is no later command',
    script: [`${PIP} && python3 -c "print('installed')"`],
    type: 'network',
    shows: 'codecov',
  },
  {
    name: 'npm install fails untolerated (no later command runs)',
    script: [NPM, GCC],
    type: 'network',
    shows: 'ENOTFOUND',
  },
  // Issue 68's second review (high): a later command trips on what the failed download left behind.
  {
    name: 'curl -o tool.tgz || true, then tar xzf tool.tgz (tar’s Cannot open)',
    script: [`${CURL} || true`, 'tar xzf tool.tgz'],
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    name: 'curl | sh without pipefail, then the installed tool is not found',
    script: [`curl -fsSL ${URL.replace('tool-1.2.tgz', 'install.sh')} | sh`, 'mytool2 --version'],
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    name: 'a retry loop whose every attempt failed, then tar xzf',
    script: [`for i in 1 2; do ${CURL} && break; sleep 0.1; done`, 'tar xzf tool.tgz'],
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    name: 'curl -o tool || true, then chmod +x tool (cannot access)',
    script: [`curl -fsSL ${URL} -o tool || true`, 'chmod +x tool', './tool'],
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    name: 'curl -o missing.h || true, then gcc’s missing.h: No such file',
    script: [`curl -fsSL ${URL.replace('tool-1.2.tgz', 'missing.h')} -o missing.h || true`, GCC_HEADER],
    type: 'network',
    shows: 'Could not resolve host',
  },
  {
    // A transfer cut short (CUT_SHORT) leaves the part it got: bash's syntax error names the file curl was to write.
    name: 'curl -o install.sh cut short || true, then bash install.sh names it (the output named)',
    script: ['curl -fsSL http://127.0.0.1:@PORT@/install.sh -o install.sh || true', 'bash install.sh'],
    type: 'network',
    shows: 'transfer closed',
  },
];

let dir = '';
const verdicts = new Map<string, { v: Classification; output: string[] }>();

/** Runs `script` as the runner runs a `run:` step, stdout and stderr into one stream; its lines and status. */
async function runStep(
  name: string,
  script: string[],
  shell: string,
): Promise<{ output: string[]; code: number }> {
  const work = mkdtempSync(path.join(dir, 'step-'));
  writeFileSync(path.join(work, 'main.c'), 'int main(void) { return undeclared_value; }\n');
  writeFileSync(path.join(work, 'uses-header.c'), '#include "missing.h"\nint main(void) { return 0; }\n');
  writeFileSync(path.join(work, 'ok.c'), 'int main(void) { return 0; }\n');
  // A tool refusing its invocation in Python's argparse words (Lib/argparse.py: `%(prog)s: error: %(message)s`).
  writeFileSync(
    path.join(work, 'mytool'),
    '#!/usr/bin/env python3\nimport argparse\nargparse.ArgumentParser(prog="mytool").parse_args()\n',
    { mode: 0o755 },
  );
  const file = path.join(work, `${name.replace(/\W+/g, '-')}.sh`);
  writeFileSync(file, `${script.join('\n')}\n`);
  const out = path.join(work, 'out.log');
  const fd = openSync(out, 'w');
  const flags = shell.includes('pipefail') ? ['-o', 'pipefail'] : [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-e', ...flags, file], {
      cwd: work,
      stdio: ['ignore', fd, fd],
      env: {
        ...process.env,
        PATH: `${work}${path.delimiter}${process.env['PATH'] ?? ''}`,
        npm_config_cache: path.join(work, 'npm-cache'),
        npm_config_prefix: path.join(work, 'npm-prefix'),
        npm_config_update_notifier: 'false',
      },
    });
    child.on('error', reject);
    child.on('close', (status) => resolve(status ?? -1));
  });
  closeSync(fd);
  const output = readFileSync(out, 'utf8').split('\n');
  if (output.at(-1) === '') output.pop();
  return { output, code };
}

/**
 * A server on the loopback that promises 1000 bytes and closes after the first line of a script: curl keeps the
 * part it got and says `curl: (18) transfer closed with 992 bytes remaining to read` (curl.se/docs/manpage.html,
 * EXIT CODES 18: partial file).
 */
const CUT_SHORT = 'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nif then\n';
let server: Server | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-tolerated-'));
  const cut = createServer((socket) => socket.once('data', () => socket.end(CUT_SHORT)));
  server = cut;
  await new Promise<void>((resolve) => cut.listen(0, '127.0.0.1', resolve));
  const port = String((cut.address() as AddressInfo).port);
  await Promise.all(
    [...gonePast, ...standing].map(async (c) => {
      const shell = c.shell ?? BASH_E;
      const script = c.script.map((l) => l.replace('@PORT@', port));
      const { output, code } = await runStep(c.name, script, shell);
      verdicts.set(c.name, { v: classify({ log: failedScriptLog(script, output, code, shell) }), output });
    }),
  );
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a network failure the script tolerated does not decide over the failure after it', () => {
  test.each(gonePast.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { v, output } = verdicts.get(c.name)!;
    // The real tool printed a network failure the rules know, and the step's real failure after it.
    expect(output.join('\n')).toMatch(/resolve host|ENOTFOUND|Name or service not known/);
    expect(v.type).toBe(c.type);
    expect(v.evidence?.text).toContain(c.shows);
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('a network failure that is the step’s end stays network and is retried', () => {
  test.each(standing.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { v } = verdicts.get(c.name)!;
    expect(v.type).toBe('network');
    expect(v.evidence?.text).toContain(c.shows);
    expect(retriedOnPr(v)).toBe(true);
  });
});

/**
 * Issue 68's second review (medium/low): a step's output that prints a runner's header (`##[group]Run …`, the
 * script lines, `shell:`, `##[endgroup]`) reads as a new step whose script tolerated the download, so a real network
 * failure after it would be set aside. curl's and gcc's words as those tools print them (the runs above).
 */
describe('a header the step’s own output printed does not set its network failure aside', () => {
  const fake = (later: string): string[] => [
    '##[group]Run curl -fsSL https://x.invalid/a -o a || true',
    '\u001b[36;1mcurl -fsSL https://x.invalid/a -o a || true\u001b[0m',
    '\u001b[36;1mmytool --json\u001b[0m',
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    'curl: (6) Could not resolve host: dl.example.com',
    later,
  ];
  const usage = 'mytool: error: unrecognized arguments: --json';

  test('in a raw job log, a compile error on a missing header after it (what a failed download leaves)', () => {
    const v = classify({
      log: failedScriptLog(
        ['./ci.sh'],
        fake('main.c:1:10: fatal error: missing.h: No such file or directory'),
        1,
      ),
    });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('in a gh run view --log file, the header printed under the running step’s column', () => {
    const lines = [
      '##[group]Run ./ci.sh',
      '\u001b[36;1m./ci.sh\u001b[0m',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      ...fake(usage),
      '##[error]Process completed with exit code 1.',
    ];
    const log = lines.map(
      (l, i) => `build\tRun ./ci.sh\t2026-01-01T10:00:${String(i).padStart(2, '0')}.0000000Z ${l}`,
    );
    const v = classify({ log: log.join('\n') });
    expect(v.type).toBe('network');
    expect(v.evidence?.text).toContain('Could not resolve host');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a real next step’s header (its own column) is read: the usage error after a tolerated curl decides', () => {
    const lines = [
      ['Run ./ci.sh', '##[group]Run ./ci.sh'],
      ['Run ./ci.sh', 'shell: /usr/bin/bash -e {0}'],
      ['Run ./ci.sh', '##[endgroup]'],
      ['Run ./ci.sh', 'ok'],
      ['Fetch', '##[group]Run curl -fsSL https://x.invalid/a -o a || true'],
      ...fake(usage)
        .slice(1)
        .map((l) => ['Fetch', l]),
      ['Fetch', '##[error]Process completed with exit code 2.'],
    ];
    const log = lines.map(
      ([step, l], i) => `build\t${step}\t2026-01-01T10:00:${String(i).padStart(2, '0')}.0000000Z ${l}`,
    );
    const v = classify({ log: log.join('\n') });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toContain('unrecognized arguments');
  });
});

/**
 * Issue 68's second review (low): pip's words name no program, so a tolerated `pip … || true` is not their only
 * printer where an untolerated command may run pip itself (tox, make, a script).
 */
describe('pip’s words are not credited to a tolerated pip alone', () => {
  const read = (lines: string[]): StepScript => {
    const reader = new ScriptReader();
    for (const l of lines) reader.line(l);
    return reader.end(BASH_E)!;
  };
  const words = 'ERROR: No matching distribution found for codecov';

  test.each([['tox -e py311'], ['make deps'], ['./ci/install.sh']])('%s may have printed them', (runner) => {
    const script = read([`${PIP} || true`, runner]);
    const by = printers(script, words);
    expect(by.map((c) => c.name)).toContain(path.basename(runner.split(' ')[0]!));
    expect(by.every((c) => toleratedIn(script, c))).toBe(false);
  });

  test('with nothing else that runs pip, the tolerated pip is their only printer', () => {
    const script = read([`${PIP} || true`, GCC]);
    expect(printers(script, words).map((c) => c.name)).toEqual(['pip']);
  });
});

/**
 * The end-of-stop review: a chunked response cut short, in words that name no program (requests' traceback, or
 * pip's vendored urllib3), printed by a tolerated fetch before a compile error: the compile error decides.
 */
describe('a cut chunked response before a compile error', () => {
  const GCC_ERROR = "main.c:3:10: error: 'undeclared_value' undeclared (first use in this function)";

  test('requests’ ChunkedEncodingError from a tolerated script: the compile error decides', () => {
    const log = failedScriptLog(
      ['python3 fetch.py || true', GCC],
      [
        'Traceback (most recent call last):',
        '  File "/home/runner/work/p/p/fetch.py", line 3, in <module>',
        '    requests.get(URL).content',
        'requests.exceptions.ChunkedEncodingError: Response ended prematurely',
        GCC_ERROR,
      ],
      1,
    );
    const v = classify({ log });
    expect(v.type).toBe('build');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('pip’s vendored urllib3 names pip as its printer', () => {
    const reader = new ScriptReader();
    for (const l of [`${PIP} || true`, GCC]) reader.line(l);
    const line =
      "pip._vendor.urllib3.exceptions.ProtocolError: (\"Connection broken: InvalidChunkLength(got length b'', 0 bytes read)\", InvalidChunkLength(got length b'', 0 bytes read))";
    expect(printers(reader.end(BASH_E)!, line).map((c) => c.name)).toEqual(['pip']);
  });
});
