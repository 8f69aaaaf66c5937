/**
 * dist/'s JavaScript written as ASCII: every other character as its `\u` escape (a surrogate pair for an astral
 * one). Node reads an ES module's file through TextDecoder, which took 40-100 ms on the classifier's 1.9 MB
 * chunk with its 492 non-ASCII characters against 11-40 ms for the same chunk in ASCII (Node 24, load 12), and
 * V8 keeps a source with one such character at two bytes a character. The CLI's start on a 100 KB log: 490 ->
 * 455 ms of CPU (Node 24, 16 interleaved pairs, lower in all); the corpus log's peak RSS 2-4 MB lower.
 *
 * An escape means the same character in a string, a regular expression, an untagged template and a name,
 * and nothing in a comment. A tagged template's raw text would change (String.raw), and a space outside a
 * literal has no escape (U+00A0 between two tokens, in a library): both are left as they are. A character
 * after a backslash would change meaning and an astral one in a name would not parse: the build stops on
 * either rather than ship a bundle that differs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const NON_ASCII = /[\u0080-\uffff]/;
const SPACE = /\s/u;

/** The [start, end) offsets, in order, of a script's tagged templates and of its other literals' text. */
function ranges(source: ts.SourceFile): {
  tagged: Array<[number, number]>;
  literals: Array<[number, number]>;
} {
  const tagged: Array<[number, number]> = [];
  const literals: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node)) {
      tagged.push([node.template.getStart(source), node.template.end]);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateLiteralToken(node))
      literals.push([node.getStart(source), node.end]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { tagged, literals };
}

/** Whether offset i lies in one of `list` (in order), `at` the first that may still: a cursor moved as i grows. */
function within(list: Array<[number, number]>, at: { k: number }, i: number): boolean {
  while (at.k < list.length && (list[at.k] as [number, number])[1] <= i) at.k++;
  const range = list[at.k];
  return range !== undefined && range[0] <= i;
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
}

function syntaxErrors(source: ts.SourceFile): number {
  return (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics.length;
}

/** `text` with its non-ASCII characters escaped where that keeps the program; throws where it would not. */
export function asciiScript(file: string, text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const source = parse(file, text);
  const { tagged, literals } = ranges(source);
  const inTagged = { k: 0 };
  const inLiteral = { k: 0 };
  let out = '';
  let from = 0;
  // Only an escape outside a literal (a name, a comment) can stop the file parsing (an astral character).
  let escapedOutside = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const astral = code >= 0xd800 && code <= 0xdbff;
    const width = astral ? 2 : 1;
    const literal = within(literals, inLiteral, i);
    // A tagged template's raw text is kept; so is a space between two tokens (a library's U+00A0), which no
    // escape can stand for.
    if (within(tagged, inTagged, i) || (!literal && SPACE.test(text[i] as string))) {
      i += width - 1;
      continue;
    }
    // In a literal, `\é` is an escape of its own and `\\é` is not; in a comment no escape means anything.
    if (literal && backslashesBefore(text, i) % 2 === 1)
      throw new Error(`scripts/ascii-bundle.ts: ${file} at ${i}: a non-ASCII character after a backslash`);
    if (!literal) escapedOutside = true;
    out += text.slice(from, i);
    for (let k = 0; k < width; k++)
      out += `\\u${text
        .charCodeAt(i + k)
        .toString(16)
        .padStart(4, '0')}`;
    i += width - 1;
    from = i + 1;
  }
  out += text.slice(from);
  if (escapedOutside && syntaxErrors(parse(file, out)) > syntaxErrors(source))
    throw new Error(
      `scripts/ascii-bundle.ts: ${file} does not parse once escaped (an astral character in a name?)`,
    );
  return out;
}

/** How many backslashes stand right before offset i. */
function backslashesBefore(text: string, i: number): number {
  let n = 0;
  while (text[i - 1 - n] === '\\') n++;
  return n;
}

/** Every .js file of `dist` rewritten by asciiScript. */
export function asciiBundle(dist: string): void {
  for (const name of readdirSync(dist).filter((n) => n.endsWith('.js'))) {
    const file = path.join(dist, name);
    const text = readFileSync(file, 'utf8');
    const ascii = asciiScript(name, text);
    if (ascii !== text) writeFileSync(file, ascii);
  }
}
