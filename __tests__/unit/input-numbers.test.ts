/**
 * The action inputs' numbers (adapters/inputs.ts) and the CLI's (cli/flags.ts) are read one strict way
 * (core/numbers.ts): decimal digits only, within their range, so that no value quietly means 0, 16 or
 * "no limit".
 */
import { afterEach, expect, jest, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { input } from '../../src/adapters/inputs.js';
import { INPUT_DEFAULTS_MODULE, renderInputDefaults } from '../../scripts/input-defaults.js';
import { repoRoot } from '../../stand/services/paths.js';
import { int } from '../../src/cli/flags.js';
import { positiveDecimal, wholeNumber } from '../../src/core/numbers.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

test.each(['', ' ', '0x10', '1e3', '16.0', '-1', '+5', '１６', 'Infinity', '9'.repeat(400)])(
  'a whole number is decimal digits only: %j is not one',
  (text) => expect(wholeNumber(text, { min: 0, max: 1e9 })).toBeUndefined(),
);

test('whole and decimal numbers within their range are read as written', () => {
  expect(wholeNumber('16', { min: 0, max: 90 })).toBe(16);
  expect(wholeNumber('0', { min: 0, max: 90 })).toBe(0);
  expect(wholeNumber('91', { min: 0, max: 90 })).toBeUndefined();
  expect(positiveDecimal('0.5', 60)).toBe(0.5);
  expect(positiveDecimal('.5', 60)).toBe(0.5);
  for (const bad of ['0', '1e308', '0x10', '', '61', 'NaN']) expect(positiveDecimal(bad, 60)).toBeUndefined();
});

test("timeout-minutes: 1e308 is an error naming the input, not 'no limit'", () => {
  process.env['INPUT_TIMEOUT-MINUTES'] = '1e308';
  expect(() => input.minutes('timeout-minutes')).toThrow(
    "Input 'timeout-minutes' must be a positive number of minutes up to 7200 (e.g. 30 or 0.5), got '1e308'.",
  );
  process.env['INPUT_TIMEOUT-MINUTES'] = '90';
  expect(input.minutes('timeout-minutes')).toBe(90);
});

test('retention-days: 0x10 is an error naming the input, not 16; empty leaves the default', () => {
  process.env['INPUT_RETENTION-DAYS'] = '0x10';
  expect(() => input.int('retention-days', { min: 1, max: 90 })).toThrow(
    "Input 'retention-days' must be a whole number from 1 to 90, in decimal digits, got '0x10'.",
  );
  process.env['INPUT_RETENTION-DAYS'] = '';
  expect(input.int('retention-days', { min: 1, max: 90 })).toBeUndefined();
});

test("the CLI's numeric options: an empty value is a usage error, not 0", () => {
  expect(() => int({ 'retention-days': '' }, 'retention-days', { min: 0, max: 365 })).toThrow(
    "--retention-days '' is not valid; write a whole number from 0 to 365",
  );
  expect(int({}, 'retention-days', { min: 0, max: 365 })).toBeUndefined();
  expect(int({ pr: '12' }, 'pr', { min: 1, max: Number.MAX_SAFE_INTEGER })).toBe(12);
});

test("an input given empty (a reusable workflow's unset `${{ inputs.x }}`) takes its action.yml default, as leaving it out does", () => {
  const rootYml = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
  const declared = /\n {2}store:\n(?: {4}.*\n)*? {4}default: '?([^'\n]+)'?\n/.exec(rootYml)?.[1];
  expect(declared).toBe('artifact');
  process.env.INPUT_STORE = '';
  expect(input.given('store', '')).toBe(declared);
  process.env.INPUT_STORE = 'dir:/tmp/x';
  expect(input.given('store', '')).toBe('dir:/tmp/x');
});

test('an input that moved to the config is still read where a workflow gives it, with a warning naming the key', () => {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    written.push(String(chunk));
    return true;
  });
  try {
    process.env['INPUT_TEST-RETRIES'] = '';
    expect(input.moved('test-retries', 'tests.retries')).toBe(false);
    expect(written).toEqual([]);
    process.env['INPUT_TEST-RETRIES'] = '0';
    expect(input.moved('test-retries', 'tests.retries')).toBe(true);
  } finally {
    spy.mockRestore();
  }
  expect(written.join('')).toContain(
    "::warning::Input 'test-retries' moved to 'tests.retries' in .github/ci-recovery.yml: write it there; this step still reads the input.",
  );
});

test('an input given empty whose default is an expression or absent is an error naming the input', () => {
  process.env['INPUT_GITHUB-TOKEN'] = '';
  expect(() => input.given('github-token', '')).toThrow(
    "Input 'github-token' is empty: set a value, or leave the input out of 'with:' to take its default (the action's action.yml).",
  );
});

test('the generated defaults are what the action.yml files say (npm run build writes them)', () => {
  expect(readFileSync(path.join(repoRoot, INPUT_DEFAULTS_MODULE), 'utf8')).toBe(
    renderInputDefaults(repoRoot),
  );
});
