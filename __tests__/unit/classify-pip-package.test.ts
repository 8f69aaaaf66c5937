/**
 * pip failing to build the project's own package is `build`; a dependency that fails to build is `dependency`
 * (issue 68). pip prints the same failure for both; the requirement header above it says which
 * (src/core/classify/requirements.ts). The fixtures are real pip output, captured on this machine: pip 23.2.1
 * and 26.2.1, `pip install --no-index` on small local projects whose in-tree build backend raises in
 * prepare_metadata_for_build_wheel or build_wheel (or a setup.py that imports a missing module), and on a
 * project that depends on such a package (by a direct `file://` URL, a local archive, or a local HTTP
 * find-links page, which pip collects as it would from an index).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classify, defaultRuleSet, validateRuleFile } from '../../src/core/classify/index.js';
import type { RuleFile, RuleSpec } from '../../src/core/classify/index.js';
import { RequirementReader } from '../../src/core/classify/requirements.js';
import ruleFile from '../../rules/log-rules.json' with { type: 'json' };

const ruleSet = defaultRuleSet();
const fixture = (name: string): string =>
  readFileSync(path.resolve('__tests__/fixtures/pip', `${name}.log`), 'utf8');

/** The same output as a GitHub Actions job log shows it: runner timestamps, the step's header and its end. */
function asJobLog(output: string, command: string): string {
  const at = (n: number): string => `2026-11-27T20:${String(10 + (n % 50)).padStart(2, '0')}:00.0000000Z`;
  const lines = [
    `##[group]Run ${command}`,
    command,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...output.trimEnd().split('\n'),
    '##[error]Process completed with exit code 1.',
  ];
  return lines.map((l, i) => `${at(i)} ${l}`).join('\n') + '\n';
}

describe("pip building the project's own package", () => {
  test.each([
    ['own-23.2.1', 'metadata: the backend raised (pip 23.2.1, `Processing /abs/path`)'],
    ['ownmeta-26.2.1', 'metadata: the backend raised (pip 26.2.1, `Processing ./.`)'],
    ['setuppy-23.2.1', "metadata: setup.py imports a module that is not there (setuptools' backend)"],
    ['wheelfail-23.2.1', 'the wheel, a project without dependencies: the only requirement processed'],
    ['wheelfail-26.2.1', 'the wheel, pip 26: `Failed to build installable wheels` names it below'],
    ['wheelfail2-23.2.1', 'the wheel, named own by its dependency’s header `(from wheelfail2==0.1)`'],
    ['wheelfail-e-26.2.1', 'the editable build under `Obtaining file://`'],
    [
      'req-e-23.2.1',
      '`-e .` in a requirements file: `Obtaining file://… (from -r requirements-dev.txt (line 1))`',
    ],
    ['q-ownmeta-26.2.1', '`pip install -q .`: no header, but pip 26 names `from file://…` under its failure'],
  ])('%s is build: %s', (name) => {
    const verdict = classify({ log: fixture(name) }, ruleSet);
    expect(verdict).toMatchObject({ type: 'build', rule: 'pip-own-package-build', confidence: 'medium' });
  });

  test('the same inside a GitHub Actions job log, with the runner’s timestamps', () => {
    const log = asJobLog(fixture('wheelfail2-23.2.1'), 'pip install .');
    const verdict = classify({ log }, ruleSet);
    expect(verdict).toMatchObject({ type: 'build', rule: 'pip-own-package-build' });
    // The line shown is what the build backend said, above pip's wrapper (cause-lines.ts SUMS).
    expect(verdict.evidence?.text).toBe("RuntimeError: gcc failed: foo.c:1: error: expected ';'");
  });

  test.each([
    ['setuppy-23.2.1', "ModuleNotFoundError: No module named 'nonexistent_helper'"],
    ['own-23.2.1', 'RuntimeError: cannot compile ownpkg: missing header foo.h'],
    ['dep-26.2.1', 'ValueError: invalid version in pyproject'],
    // Two packages failed; the dependency's failure is shown, so is its output, printed after the project's.
    ['http-app2-26.2.1', "RuntimeError: gcc failed: foo.c:1: error: expected ';'"],
  ])('%s shows the backend’s own last traceback line, not pip’s wrapper', (name, line) => {
    expect(classify({ log: fixture(name) }, ruleSet).evidence?.text).toBe(line);
  });
});

describe('pip building a dependency', () => {
  test.each([
    ['dep-23.2.1', 'metadata of a direct `file://` dependency: `Processing /abs/dep (from app==0.1)`'],
    ['dep-26.2.1', 'the same under pip 26'],
    ['idx-meta-23.2.1', 'metadata of a local archive: `Processing ./links/brokenmeta-1.0.tar.gz`'],
    ['http-meta-26.2.1', 'metadata of a package pip collected and downloaded: `Collecting brokenmeta`'],
  ])('%s is dependency: %s', (name) => {
    const verdict = classify({ log: fixture(name) }, ruleSet);
    expect(verdict).toMatchObject({ type: 'dependency', rule: 'pip-package-metadata' });
  });

  test.each([
    ['idx-wheel-26.2.1', 'a local archive whose wheel fails'],
    [
      'http-app2-26.2.1',
      'the own project and a downloaded dependency both fail: the dependency’s lines speak too',
    ],
  ])('%s stays dependency: %s', (name) => {
    const verdict = classify({ log: fixture(name) }, ruleSet);
    expect(verdict.type).toBe('dependency');
    expect(verdict.rule).not.toBe('pip-own-package-build');
  });
});

describe('the requirement reader', () => {
  const read = (...lines: string[]): RequirementReader => {
    const reader = new RequirementReader();
    for (const l of lines) reader.line(l);
    return reader;
  };

  test('a header’s parent names the own project only right after the own source’s header', () => {
    // `pip install . pytest`: pytest's own dependency names pytest, which is no project of ours.
    const own = read('Processing ./.', 'Collecting pytest', 'Collecting iniconfig (from pytest==8.0.0)');
    own.line('ERROR: Failed building wheel for pytest');
    expect(own.ownFailed).toBe(false);
    expect(own.dependencyFailed).toBe(true);
  });

  test('PEP 658’s `Obtaining dependency information` line is no requirement header', () => {
    const reader = read(
      'Processing ./.',
      'Obtaining dependency information for attrs from https://files.example/attrs.whl.metadata',
      'error: metadata-generation-failed',
    );
    expect(reader.ownFailed).toBe(true);
  });

  test('an editable VCS requirement is no own source', () => {
    const reader = read(
      'Obtaining app from git+https://github.com/o/app#egg=app',
      'error: metadata-generation-failed',
    );
    expect(reader.ownFailed).toBe(false);
    expect(reader.dependencyFailed).toBe(true);
  });

  test('without any header (pip -q) pip 23’s failure is neither’s', () => {
    const reader = read('error: metadata-generation-failed', '╰─> See above for output.');
    expect([reader.ownFailed, reader.dependencyFailed]).toEqual([false, false]);
    const verdict = classify(
      { log: fixture('q-ownmeta-26.2.1').replace(/^╰─> from file:.*$/m, '╰─> See above for output.') },
      ruleSet,
    );
    expect(verdict.rule).not.toMatch(/^pip-/);
  });
});

describe('the rule file', () => {
  test('a rule’s package is own, dependency or installed, and the file says which rule got it wrong', () => {
    const file = structuredClone(ruleFile) as RuleFile;
    const rule = file.rules.find((r) => r.id === 'pip-own-package-build') as RuleSpec;
    expect(rule.package).toBe('own');
    (rule as { package: string }).package = 'project';
    expect(() => validateRuleFile(file)).toThrow(
      "rule 'pip-own-package-build': package is 'own', 'dependency' or 'installed'",
    );
  });
});
