/**
 * `${{ }}` expressions and `if:` conditions evaluated by @actions/expressions, the runner's own
 * implementation, with the status functions (success, failure, cancelled, always) bound to the job.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';

export type Contexts = Record<string, unknown>;

export interface JobStatusView {
  /** 'success' until a step fails (continue-on-error steps do not count). */
  status: 'success' | 'failure' | 'cancelled';
}

const CONTEXT_NAMES = [
  'github',
  'env',
  'job',
  'runner',
  'steps',
  'inputs',
  'secrets',
  'vars',
  'matrix',
  'strategy',
  'needs',
];
const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'];

function toData(value: unknown): data.Dictionary {
  return JSON.parse(JSON.stringify(value ?? {}), data.reviver) as data.Dictionary;
}

function statusFunctions(job: JobStatusView): Map<string, FunctionDefinition> {
  const fn = (name: string, result: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(result()) },
  ];
  return new Map([
    fn('success', () => job.status === 'success'),
    fn('failure', () => job.status === 'failure'),
    fn('cancelled', () => job.status === 'cancelled'),
    fn('always', () => true),
  ]);
}

/** Evaluates one expression (without the `${{ }}` wrapper). */
export function evaluate(
  expression: string,
  contexts: Contexts,
  job: JobStatusView = { status: 'success' },
): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const parser = new Parser(
    lexed.tokens,
    CONTEXT_NAMES,
    STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  );
  const tree = parser.parse();
  return new Evaluator(tree, toData(contexts), statusFunctions(job)).evaluate();
}

/** Replaces every `${{ expr }}` in a string with the expression's string value. */
export function interpolate(text: string, contexts: Contexts, job?: JobStatusView): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) =>
    evaluate(expr.trim(), contexts, job).coerceString(),
  );
}

/**
 * An `if:`-style condition as the runner evaluates it: an optional `${{ }}` wrapper, and when no status
 * function appears the condition is implicitly `success() && (...)`. Empty means `defaultCondition`.
 */
export function condition(
  text: string | undefined,
  contexts: Contexts,
  job: JobStatusView,
  defaultCondition = 'success()',
): boolean {
  let expr = (text ?? '').trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expr);
  if (wrapped?.[1] !== undefined) expr = wrapped[1].trim();
  if (expr === '') expr = defaultCondition;
  if (!/\b(success|failure|cancelled|always)\s*\(/i.test(expr)) expr = `success() && (${expr})`;
  return truthy(evaluate(expr, contexts, job));
}
