/**
 * The bundle's stand-in for json-with-bigint (src/adapters/json-lite.ts), which @octokit/request parses
 * every API answer with: the same value as the package's JSONParse for every text, through JSON.parse
 * alone (no reviver) where no run of 16 digits could hold an integer past Number.MAX_SAFE_INTEGER.
 */
import { jest } from '@jest/globals';
import { JSONParse as packageParse } from 'json-with-bigint';
import { JSONParse, JSONStringify, jsonParseLite } from '../../src/adapters/json-lite.js';

const TEXTS = [
  '{"id":1234567890,"node_id":"PR_kwDOA","additions":10,"labels":[{"id":5,"name":"bug"}],"merged":false}',
  '[1.5,-2,0,1e20,-0.25,null,true,"\\u00e9 caf\\u00e9"]',
  '{"id":9007199254740991,"neg":-9007199254740991}',
  '{"id":9007199254740993,"neg":-12345678901234567890,"float":12345678901234567.5}',
  '{"sha":"1234567890123456789012345678901234567890","n":"90071992547409931234"}',
  '"just a string"',
  '42',
];

describe("the bundle's json-with-bigint stand-in", () => {
  it.each(TEXTS)('parses %s to what the package gives', (text) => {
    expect(jsonParseLite(text)).toEqual(packageParse(text));
  });

  it('keeps an integer past 2^53 a BigInt, as the package does', () => {
    expect(jsonParseLite('{"id":9007199254740993}')).toEqual({ id: 9007199254740993n });
  });

  it('parses text without 16 digits in a row with JSON.parse alone, no reviver', () => {
    const parse = jest.spyOn(JSON, 'parse');
    try {
      jsonParseLite(TEXTS[0]!);
      expect(parse.mock.calls).toEqual([[TEXTS[0]]]);
      parse.mockClear();
      jsonParseLite(TEXTS[3]!);
      // the package's own parse: JSON.parse with its reviver
      expect(parse.mock.calls[0]?.[1]).toEqual(expect.any(Function));
    } finally {
      parse.mockRestore();
    }
  });

  it('throws on what JSON.parse refuses, as the package does, and stringifies with the package', () => {
    expect(() => jsonParseLite('{')).toThrow(SyntaxError);
    expect(() => packageParse('{') as unknown).toThrow(SyntaxError);
    expect(JSONParse).toBe(jsonParseLite);
    expect(JSONStringify({ a: 1n })).toBe('{"a":1}');
  });
});
