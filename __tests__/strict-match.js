/* global expect */
/**
 * jest 29's toMatchObject reads a RegExp in the expected object as an object with no keys of its own, which
 * every value matches: `expect({ reason: 'x' }).toMatchObject({ reason: /whole/ })` passes, so such an
 * assertion could never fail. Here it fails, and says to write `expect.stringMatching(/whole/)`, which does test.
 */
const matchers = globalThis[Symbol.for('$$jest-matchers-object')].matchers;
const ASYMMETRIC = Symbol.for('jest.asymmetricMatcher');

/** The path of the first RegExp in `value` outside an asymmetric matcher (which tests its own sample), or null. */
function regexpAt(value, at, seen) {
  if (value instanceof RegExp) return at;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  if (value.$$typeof === ASYMMETRIC) return null;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    const found = regexpAt(inner, Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`, seen);
    if (found !== null) return found;
  }
  return null;
}

if (!matchers.toMatchObject.strictRegExp) {
  const original = matchers.toMatchObject;
  const strict = function toMatchObject(received, expected) {
    const at = regexpAt(expected, 'expected', new Set());
    if (at !== null)
      return {
        pass: this.isNot,
        message: () =>
          `toMatchObject matches any value against a RegExp (${at}): write expect.stringMatching(${String(
            at === 'expected' ? expected : 'the RegExp',
          )}) instead`,
      };
    return original.call(this, received, expected);
  };
  strict.strictRegExp = true;
  expect.extend({ toMatchObject: strict });
}
