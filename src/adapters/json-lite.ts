/**
 * What the bundle gets for `json-with-bigint` (scripts/build.ts maps it here through tsconfig.bundle.json):
 * the parser @octokit/request reads every JSON answer of the API with. Its JSONParse revives the whole tree
 * through a reviver that turns each integer past Number.MAX_SAFE_INTEGER into a BigInt: ~25 times
 * JSON.parse's time, a few milliseconds of main's and post's, for answers that hold no such integer
 * (GitHub's ids are far below 2^53). Such an integer takes 16 digits or more in a row: text without a run
 * of 16 digits parses with JSON.parse to the same value, and any other text goes to the package's own.
 */
import {
  JSONParse as parseWithBigInts,
  JSONStringify,
} from '../../node_modules/json-with-bigint/json-with-bigint.js';

/** A run of digits long enough to be an integer past Number.MAX_SAFE_INTEGER (9007199254740991). */
const LONG_DIGITS = /\d{16}/;

/** JSON.parse where the package would give the same value, else the package's parse (BigInts kept). */
export function jsonParseLite(text: string, reviver?: Parameters<typeof JSON.parse>[1]): unknown {
  if (reviver || !text || LONG_DIGITS.test(text)) return parseWithBigInts(text, reviver) as unknown;
  return JSON.parse(text) as unknown;
}

export { jsonParseLite as JSONParse, JSONStringify };
