/**
 * The body of a successful API answer, read as @octokit/request's `getResponseData` reads it, but a JSON body
 * parsed with `JSON.parse`: Octokit's own parse (json-with-bigint's) revives every value to find integers past
 * Number.MAX_SAFE_INTEGER, ~25 times JSON.parse's time, milliseconds of main's and post's CPU on a green job
 * (issue 67). Such an integer is a number of 16 digits or more: a body holding one still goes to that parse,
 * loaded then, and keeps its BigInts. bindCalls (github.ts) asks Octokit for the raw body and hands it here.
 */
import { parse as parseContentType } from 'content-type';

/**
 * A number of 16 digits or more where a JSON value can start: first, or after `[`, `:` or `,` (JSON's
 * whitespace between). A run of digits inside a string is no number: a commit id holding 16 of them (one
 * id in ~185; the all-zero id of a branch's creation) no longer sends the body to the slow parse.
 */
const LONG_INTEGER = /(?:^|[[:,])[\t\n\r ]*-?\d{16}/;

/** `body` as Octokit's `data`: JSON parsed, text as a string, anything else as an ArrayBuffer. */
export async function answerData(body: unknown, contentType: string | undefined): Promise<unknown> {
  // A 204, 205 or HEAD answer: Octokit's `data` is already its empty string.
  if (!isAsyncIterable(body)) return body;
  const bytes = await readAll(body);
  if (!contentType) return bytes.toString('utf8');
  // Read by the package Octokit reads it with: the same type, the same charset, the same refusal of a bad header.
  const { type, parameters } = parseContentType(contentType);
  const charset = parameters.charset?.toLowerCase();
  if (type === 'application/json' || type === 'application/scim+json') {
    const text = bytes.toString('utf8');
    const parse = LONG_INTEGER.test(text) ? await bigIntParse() : JSON.parse;
    try {
      return parse(text) as unknown;
    } catch {
      // Not JSON after all: the text, as Octokit gives it (its own parse's catch).
      return text;
    }
  }
  // `application/octet-stream` is binary even with a (misleading) `charset=utf-8`, as Octokit reads it.
  if (type.startsWith('text/') || (charset === 'utf-8' && type !== 'application/octet-stream'))
    return bytes.toString('utf8');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** json-with-bigint's parse (Octokit's), loaded for the rare body that needs it: ~20 KB main and post skip. */
async function bigIntParse(): Promise<(text: string) => unknown> {
  const { JSONParse } = await import('json-with-bigint');
  return (text) => JSONParse(text) as unknown;
}

function isAsyncIterable(body: unknown): body is AsyncIterable<Uint8Array> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
}

async function readAll(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  return Buffer.concat(chunks);
}
