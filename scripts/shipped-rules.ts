/**
 * The bundle's copy of rules/log-rules.json without what documents the rules (DOC_FIELDS: each entry's `why`
 * and `examples`, 880 KB of the file's 1.3 MB), which the classifier never reads: every start of the CLI, and
 * every stage that classifies, compiled that text into its chunk and parsed it. The file itself keeps them, and
 * the build and the tests check them there (validateRuleDocs).
 *
 * ncc writes a JSON import as `JSON.parse('<the file>')`; the one whose text is the rule file is found with
 * TypeScript's parser (not a text search: the literal's end is where the parser says) and written again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { DOC_FIELDS, validateRuleFile } from '../src/core/classify/rules.js';
import type { RuleFile } from '../src/core/classify/rules.js';

/** How the rule file's text starts, as JSON.stringify writes it (the build reads it that way). */
const RULE_FILE_START = '{"rules":[';

/** The rule file's entries without DOC_FIELDS; the rest (a field the file may gain) as it was. */
export function withoutDocs(file: RuleFile): RuleFile {
  const bare = <T extends object>(entry: T): T =>
    Object.fromEntries(
      Object.entries(entry).filter(([key]) => !(DOC_FIELDS as readonly string[]).includes(key)),
    ) as T;
  return {
    ...file,
    rules: file.rules.map(bare),
    success: file.success.map(bare),
    stepEnds: file.stepEnds.map(bare),
    commands: file.commands.map(bare),
  };
}

/** `json` as a single-quoted literal, as ncc writes a JSON import (JSON's text has no line break to escape). */
function quoted(json: string): string {
  return `'${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The `JSON.parse('<rule file>')` literals of `text` (a bundle's chunk): where each is, and the file it holds. */
export function ruleLiterals(
  name: string,
  text: string,
): Array<{ start: number; end: number; file: unknown }> {
  if (!text.includes(RULE_FILE_START)) return [];
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: Array<{ start: number; end: number; file: unknown }> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(source) === 'JSON.parse' &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0] as ts.Node)
    ) {
      const arg = node.arguments[0] as ts.StringLiteral;
      if (arg.text.startsWith(RULE_FILE_START)) {
        found.push({ start: arg.getStart(source), end: arg.end, file: JSON.parse(arg.text) });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `text` (a bundle's chunk) with its `JSON.parse('<rule file>')` literals written again without DOC_FIELDS. */
export function trimRuleLiterals(name: string, text: string): { text: string; found: number } {
  const spans = ruleLiterals(name, text);
  let out = text;
  for (const { start, end, file } of spans.reverse())
    out = out.slice(0, start) + quoted(JSON.stringify(withoutDocs(validateRuleFile(file)))) + out.slice(end);
  return { text: out, found: spans.length };
}

/** Every .js file of `dist` with the rule file's literal trimmed; the build stops unless there is exactly one. */
export function trimShippedRules(dist: string): void {
  let found = 0;
  for (const name of readdirSync(dist).filter((n) => n.endsWith('.js'))) {
    const file = path.join(dist, name);
    const text = readFileSync(file, 'utf8');
    const trimmed = trimRuleLiterals(name, text);
    found += trimmed.found;
    if (trimmed.found > 0) writeFileSync(file, trimmed.text);
  }
  if (found !== 1)
    throw new Error(
      `scripts/shipped-rules.ts: the bundle holds ${found} copies of rules/log-rules.json as JSON.parse('...'), not 1: ` +
        `ncc's output for a JSON import changed, or the rules are imported twice; read dist/ and fix the search here`,
    );
}
