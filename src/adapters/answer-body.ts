/**
 * The body of a successful API answer, read as @octokit/request's `getResponseData` reads it, but a JSON body
 * parsed with `JSON.parse`: Octokit's own parse (json-with-bigint's) revives every value to find integers past
 * Number.MAX_SAFE_INTEGER, ~25 times JSON.parse's time, milliseconds of main's and post's CPU on a green job
 * (issue 67). Such an integer takes a run of 16 digits or more: a body holding one still goes to that parse and
 * keeps its BigInts. bindCalls (github.ts) asks Octokit for the raw body and hands it here.
 */
import { parse as parseContentType } from 'content-type';
import { JSONParse as parseWithBigInts } from 'json-with-bigint';

const LONG_DIGITS = /\d{16}/;

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
    try {
      return LONG_DIGITS.test(text) ? (parseWithBigInts(text) as unknown) : (JSON.parse(text) as unknown);
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

function isAsyncIterable(body: unknown): body is AsyncIterable<Uint8Array> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
}

async function readAll(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  return Buffer.concat(chunks);
}
