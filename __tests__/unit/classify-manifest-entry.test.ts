/**
 * The job's set-up refused before any code built (issue 68): cargo's invalid manifest and node told to run a
 * script that is not there are `config`, not `build` or `unknown`. The fixtures are real output captured on
 * this machine: cargo 1.95.0 `cargo build --offline` on `edition = "2099"` (badkey), an unclosed
 * `[dependencies` table (badtoml), a workspace member with a malformed line (ws) and a missing member (ws2);
 * node v20.20.2 on a missing entry point by absolute (nf-abs) and relative path (nf-rel), a missing
 * `require('./lib/nothere')` (nf-req) and a missing package imported by an ES module (nf-pkg).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';

const ruleSet = defaultRuleSet();
const fixture = (name: string): string =>
  readFileSync(path.resolve('__tests__/fixtures', `${name}.log`), 'utf8');

/** The output as a GitHub Actions job log shows it under `run: <command>`, failing the step. */
function asJobLog(output: string, command: string, code: number): string {
  const stamp = '2026-11-27T20:40:01.0000000Z';
  const lines = [
    `##[group]Run ${command}`,
    command,
    '##[endgroup]',
    ...output.trimEnd().split('\n'),
    `##[error]Process completed with exit code ${code}.`,
  ];
  return lines.map((l) => `${stamp} ${l}`).join('\n') + '\n';
}

describe("cargo refusing the project's manifest", () => {
  test.each([
    ['badkey', 'error: failed to parse manifest at `/tmp/cargoreal/badkey/Cargo.toml`'],
    ['badtoml', '--> Cargo.toml:8:14'],
    ['ws', '--> b/Cargo.toml:7:6'],
    ['ws2', 'error: failed to load manifest for workspace member `/tmp/cargoreal/ws2/missing`'],
  ])('%s is config, under `cargo build` too', (name, line) => {
    const output = fixture(`cargo/${name}`);
    for (const log of [output, asJobLog(output, 'cargo build --locked', 101)]) {
      const verdict = classify({ log }, ruleSet);
      expect(verdict).toMatchObject({ type: 'config', rule: 'cargo-manifest-invalid' });
      expect(verdict.evidence?.text).toBe(line);
    }
  });

  test('a compile error that names a source file stays build', () => {
    const log = asJobLog(
      'error[E0425]: cannot find value `x` in this scope\n --> src/main.rs:2:5\n  |\n2 |     x\n  |     ^ not found in this scope',
      'cargo build',
      101,
    );
    expect(classify({ log }, ruleSet).type).toBe('build');
  });
});

describe('node told to run a script that is not there', () => {
  test.each(['nf-abs', 'nf-rel'])('%s is config', (name) => {
    const output = fixture(`node/${name}`);
    for (const log of [output, asJobLog(output, 'node scripts/build.js', 1)]) {
      const verdict = classify({ log }, ruleSet);
      expect(verdict).toMatchObject({ type: 'config', rule: 'node-entry-missing' });
      expect(verdict.evidence?.text).toMatch(/^Error: Cannot find module '\/.*\.js'$/);
    }
  });

  // A module a file requires names that file in its require stack: the entry point alone has none.
  test.each(['nf-req', 'nf-pkg'])('%s, a module the code imports, is not the workflow’s path', (name) => {
    const verdict = classify({ log: fixture(`node/${name}`) }, ruleSet);
    expect(verdict.type).not.toBe('config');
    expect(verdict.rule).not.toBe('node-entry-missing');
  });
});
