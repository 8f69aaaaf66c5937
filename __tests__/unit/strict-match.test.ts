/** The suite's toMatchObject refuses a RegExp in what is expected, which jest 29 matches against any value. */
import { expect } from '@jest/globals';

it('a RegExp in what toMatchObject expects fails, naming where it is and the fix', () => {
  expect(() => expect({ reason: 'whole run' }).toMatchObject({ reason: /whole/ })).toThrow(
    /matches any value against a RegExp \(expected\.reason\).*stringMatching/,
  );
  expect(() => expect({ list: ['abc'] }).toMatchObject({ list: [/x/] })).toThrow(/\(expected\.list\[0\]\)/);
});

it('stringMatching inside toMatchObject still tests the string', () => {
  expect({ reason: 'whole run' }).toMatchObject({ reason: expect.stringMatching(/whole/) });
  expect(() =>
    expect({ reason: 'part' }).toMatchObject({ reason: expect.stringMatching(/whole/) }),
  ).toThrow();
});

it('toMatchObject without a RegExp is unchanged, .not included', () => {
  expect({ a: 1, b: { c: 'x' } }).toMatchObject({ b: { c: 'x' } });
  expect({ a: 1 }).not.toMatchObject({ a: 2 });
});
