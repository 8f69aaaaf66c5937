/**
 * A refusal the step outlived says nothing of why it failed: scripts probe for a command before falling back
 * (`docker compose version || docker-compose version`, `java --version || java -version` on Java 8, an
 * interpreter option tried then dropped), and the refusal is printed whole while the step goes on. A real
 * refusal ends the step (the program exits, `bash -e` stops), so these rules speak only in the last lines
 * before a failed step's exit (block). Every refusal line here is one the program prints (the rules'
 * published examples).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

/** What the fallback printed after the probe: more lines than the step's decisive last block. */
const FALLBACK = Array.from(
  { length: 80 },
  (_, i) =>
    `db_1  | 2026-01-01 10:00:${String(i % 60).padStart(2, '0')}.123 UTC [1] LOG:  checkpoint starting: time`,
);

const probes: [string, string, string[]][] = [
  [
    'docker-cli-command-unknown',
    'docker compose version || docker-compose version',
    ["docker: 'compose' is not a docker command.", "See 'docker --help'", 'docker-compose version 1.29.2'],
  ],
  [
    'docker-cli-command-unknown',
    'docker compose version || docker-compose version',
    ['docker: unknown command: docker compose', '', "Run 'docker --help' for more information"],
  ],
  [
    'jvm-launcher-option-refused',
    'java --version || java -version',
    [
      'Unrecognized option: --version',
      'Error: Could not create the Java Virtual Machine.',
      'Error: A fatal exception has occurred. Program will exit.',
      'openjdk version "1.8.0_432"',
    ],
  ],
  [
    'interpreter-option-refused',
    'python3 -X importtime -c 1 || python3 -c 1',
    ['unknown option --check-hash-based-pycs'],
  ],
  [
    'interpreter-option-refused',
    'perl -Z -e 1 || perl -e 1',
    ['Unrecognized switch: -Z  (-h will show valid options).'],
  ],
  [
    'interpreter-option-refused',
    'NODE_OPTIONS=--foo node -v || node -v',
    ['node: --foo is not allowed in NODE_OPTIONS', 'v20.20.2'],
  ],
];

describe('a refusal the step went on after is not the cause of its failure', () => {
  test.each(probes)('%s probe, then a step killed by timeout (exit 124)', (rule, probe, refusal) => {
    const v = classify({
      log: failedRunLog(`${probe}; timeout 600 ./it.sh`, [...refusal, ...FALLBACK, 'Terminated'], 124),
    });
    expect(v.rule).not.toBe(rule);
    expect(v.type).toBe('timeout');
  });

  test.each(probes)('%s probe, then a crash no rule reads', (rule, probe, refusal) => {
    const crash = './bench.sh: line 14:  2211 Segmentation fault      (core dumped) ./target/release/bench';
    const v = classify({ log: failedRunLog(`${probe}; ./bench.sh`, [...refusal, ...FALLBACK, crash], 139) });
    expect(v.rule).not.toBe(rule);
    expect(v.type).not.toBe('config');
  });
});

describe('the refusal that ends the failed step is still its cause', () => {
  test.each(probes)('%s', (rule, probe, refusal) => {
    const run = probe.split(' || ')[0] as string;
    const v = classify({ log: failedRunLog(run, [refusal[0] as string], 1) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe(rule);
    expect(v.evidence?.text).toBe(refusal[0]);
  });
});
