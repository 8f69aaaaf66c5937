/**
 * `.github/ci-recovery.yml`: parsed with `yaml` (so every error maps back to a line and column),
 * validated against the JSON Schema shipped in `schema/ci-recovery.schema.json`, then turned into the
 * camelCase `Config` used in code, with defaults for whatever the file leaves out. Pure: the text comes in.
 */
import type { ValidateFunction } from 'ajv';
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { validate as generatedValidate } from './config-validator.generated.js';
import { keyedPathProblems, normalKeyedPaths } from './keyed-paths.js';
import {
  loadTeamRuleEngine,
  teamRuleId,
  teamRuleProblems,
  type TeamRuleProblem,
} from './classify/team-rules.js';
import { ProblemsError, UserError } from './errors.js';
import { firstLine } from './text.js';
import { camelize, CONFIG_FILE, isObject, mergeConfig, type Config, type Json } from './config-defaults.js';
import { clip, describeErrors, Locator, MAX_REPORTED_PROBLEMS, shown } from './config-schema-errors.js';

export * from './config-defaults.js';

/**
 * The schema's validator, compiled by ajv when dist/ is built (scripts/config-validator.ts): main validates the
 * config on every job, and compiling it there took a third of main's CPU.
 */
const validate = generatedValidate as unknown as ValidateFunction;

/**
 * Parses and validates the config file's text. Throws a UserError whose lines read
 * `file:line:col: what is wrong; what to write instead`. Linear in the size of the text, whatever it
 * holds: at most MAX_REPORTED_PROBLEMS lines, and values and keys are quoted back shortened. The team
 * rules' engine (re2js, 263 KB of code) loads only for a config that has team rules, right before they
 * are checked on it: most configs have none, and their job does not pay for it.
 */
export async function parseConfig(text: string, file: string = CONFIG_FILE): Promise<Config> {
  refuseDeepNesting(text, file);
  const lineCounter = new LineCounter();
  // yaml's own uniqueKeys check compares each key with every earlier one: quadratic in a map's size.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const yamlErrors = [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: yamlMessage(e.code, e.message), code: e.code })),
    ...duplicateKeys(doc),
  ].sort((a, b) => a.offset - b.offset);
  if (yamlErrors.length > 0) {
    throw new ProblemsError(
      report(
        yamlErrors
          .slice(0, MAX_REPORTED_PROBLEMS)
          .map((e) => `${at(e.offset)}: invalid YAML: ${e.message}; ${yamlFix(e.code)}`),
        yamlErrors.length,
      ),
    );
  }
  const numbers = nonDecimalNumbers(doc, text);
  if (numbers.length > 0) {
    const lines = numbers
      .slice(0, MAX_REPORTED_PROBLEMS)
      .map(
        ({ offset, source, value }) =>
          `${at(offset)}: '${clip(source)}' is not a decimal number (YAML reads it as ${value}); write it in decimal digits${Number.isFinite(value) ? `, e.g. ${value}` : ''}`,
      );
    throw new ProblemsError(report(lines, numbers.length));
  }
  const value = toJs(doc, file);
  if (value === null || value === undefined) return mergeConfig({});
  if (!isObject(value)) {
    throw new UserError(
      `${at(doc.contents?.range[0] ?? 0)}: the config must be a mapping of sections; write keys such as 'policy:', 'budgets:' or 'lanes:' at the top level`,
    );
  }
  if (!validate(value)) {
    const { lines, total } = describeErrors(validate.errors ?? [], doc, at);
    throw new ProblemsError(report(lines, total));
  }
  const config = mergeConfig(camelize(value));
  checkKeyedPaths(config, doc, at);
  if (config.classify.rules.length === 0) return config;
  await loadTeamRuleEngine();
  const problems = teamRuleProblems(config.classify.rules);
  if (problems.length > 0) {
    const locate = new Locator(doc);
    const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((problem) => {
      const node = locate.nodeAt(['classify', 'rules', problem.index, problem.field]);
      return `${at(node?.range?.[0] ?? 0)}: ${teamRuleMessage(problem, config)}`;
    });
    throw new ProblemsError(report(lines, problems.length));
  }
  return config;
}

/**
 * The keyed checkpoint paths (keyed-paths.ts): each a plain directory among checkpoint.paths,
 * once; refused with the place and the fix, else kept in normal form.
 */
function checkKeyedPaths(config: Config, doc: Document, at: (offset: number) => string): void {
  const keyed = config.checkpoint.keyed;
  if (!keyed) return;
  const problems = keyedPathProblems(keyed, config.checkpoint.paths);
  if (problems.length > 0) {
    const locate = new Locator(doc);
    const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((p) => {
      const node = locate.nodeAt(['checkpoint', 'keyed', p.index, p.field]);
      return `${at(node?.range?.[0] ?? 0)}: ${p.message}`;
    });
    throw new ProblemsError(report(lines, problems.length));
  }
  config.checkpoint.keyed = normalKeyedPaths(keyed);
}

/** A number as the config takes it: decimal digits, a minus sign and a decimal point at most. */
const DECIMAL_SOURCE = /^-?[0-9]+(?:\.[0-9]+)?$/;

/**
 * Plain scalars YAML reads as numbers though they are not written in decimal: `0x10` (16), `0o17`, `1e1`
 * (10), `1e400` and `.inf` (Infinity), `+5`. As with inputs (core/numbers.ts), a number that does not look
 * like one is a mistake to name, not a value to guess.
 */
function nonDecimalNumbers(doc: Document, text: string): { offset: number; source: string; value: number }[] {
  const found: { offset: number; source: string; value: number }[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'number' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]).trim();
      if (!DECIMAL_SOURCE.test(source)) found.push({ offset: node.range[0], source, value: node.value });
    },
  });
  return found;
}

/** A team rule's problem in words: the rule (place and id), the field, why, and what to write. */
function teamRuleMessage(problem: TeamRuleProblem, config: Config): string {
  const { index, field, message, unsupported } = problem;
  const rule = config.classify.rules[index];
  const where = `classify.rules[${index}] ('${rule ? clip(teamRuleId(rule, index)) : index + 1}')`;
  if (field === 'id') return `${where}: ${message}; give each rule its own id`;
  if (unsupported && (field === 'pattern' || field === 'step' || field === 'command'))
    return `${where}: ${field} ${shown(rule?.[field])} needs what team rules cannot run in time linear in the line (${clip(message)}): they run on RE2, which has no lookaround ('(?=', '(?!', '(?<=') and no backreferences ('\\1'); match the text itself instead, e.g. 'foo bar' rather than 'foo(?= bar)'`;
  if (field === 'retryable')
    return `${where}: retryable: false cannot hold, ${message}; to keep it from retries give it a type that is not retried (config, dependency, build, ...) or add a policy rule for its type`;
  const fix =
    field === 'pattern'
      ? "write a regular expression in RE2's syntax (JavaScript's, without lookaround, backreferences or '\\u'; '\\x{41}' for a code point); escape ( ) [ ] { } + * ? . with a backslash to match them as they are, e.g. 'Timeout \\(30s\\)'"
      : "write a glob ('e2e*') or a regular expression between slashes ('/^e2e/')";
  return `${where}: ${field} ${shown(rule?.[field])} is not a valid regular expression (${clip(message)}); ${fix}`;
}

/** Deeper than any real config nests: past this the parser would recurse into a stack overflow. */
export const MAX_CONFIG_NESTING = 64;

/**
 * Refuses, in one linear pass before parsing, a text whose brackets or indentation nest deeper than any
 * config needs (YAML nested 20,000 deep overflows the parser's stack, after seconds).
 */
function refuseDeepNesting(text: string, file: string): void {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let indenting = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      indenting = true;
      continue;
    }
    if (c === 91 || c === 123) depth++;
    else if ((c === 93 || c === 125) && depth > 0) depth--;
    // Two columns of indentation a level: a line indented past this nests too deep too.
    let tooIndented = false;
    if (indenting && c !== 32) {
      indenting = false;
      tooIndented = i - lineStart > 2 * MAX_CONFIG_NESTING;
    }
    if (depth > MAX_CONFIG_NESTING || tooIndented)
      throw new UserError(
        `${file}:${line}: the YAML nests deeper than ${MAX_CONFIG_NESTING} levels; a config needs a few: write the sections of schema/ci-recovery.schema.json flat`,
      );
  }
}

/** The document as plain data; an alias that expands too far (a "billion laughs") is refused by name. */
function toJs(doc: Document, file: string): Json | undefined {
  try {
    return doc.toJS({ maxAliasCount: 100 }) as Json | undefined;
  } catch (error) {
    throw new UserError(
      `${file}: the YAML's aliases (*name) expand too far (${error instanceof Error ? error.message : String(error)}); write the values out instead of nesting aliases of aliases`,
    );
  }
}

/** The first problems' lines, and how many more there are of `total`. */
function report(lines: string[], total: number): string[] {
  return [...lines, ...(total > lines.length ? [`... and ${total - lines.length} more problem(s)`] : [])];
}

/** A key that appears twice in one mapping, found with one set per mapping. */
function duplicateKeys(doc: Document): { offset: number; message: string; code: string }[] {
  const found: { offset: number; message: string; code: string }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value))
          found.push({
            offset: pair.key.range?.[0] ?? 0,
            message: `Map keys must be unique (${shown(pair.key.value)} again)`,
            code: 'DUPLICATE_KEY',
          });
        seen.add(pair.key.value);
      }
    },
  });
  return found;
}

/**
 * The YAML parser's message without the position it appends (the caller says where), in the user's terms
 * where the parser speaks of its own API ("please use YAML.parseAllDocuments()").
 */
function yamlMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return "a second YAML document starts here (a '---' line)";
  return firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
}

function yamlFix(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'keep one of the two keys';
  if (code === 'MULTIPLE_DOCS')
    return "the config is one YAML document: remove this '---' line and put the settings after it in the first document";
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  if (code.includes('INDENT')) return 'indent nested keys consistently with spaces';
  if (code.includes('QUOTE') || code.includes('SCALAR')) return 'quote the value or close the quote';
  return 'fix the YAML syntax (indentation, a missing colon, or an unclosed bracket or quote)';
}
