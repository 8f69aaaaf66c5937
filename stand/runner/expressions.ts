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

/** Where an expression is written decides what it may name (the runner's schemas list it per place). */
export interface ExpressionScope {
  contexts: string[];
  /** success(), failure(), cancelled(), always(). */
  statusFunctions: boolean;
}

const STEP_SCOPE: ExpressionScope = { contexts: CONTEXT_NAMES, statusFunctions: true };

/**
 * An action.yml input default (actions/runner `src/Runner.Worker/action_yaml.json`,
 * "input-default-context": github, strategy, matrix, job, runner and hashFiles). The stand has no
 * hashFiles, so a default calling it fails here where the runner would evaluate it.
 */
export const INPUT_DEFAULT_SCOPE: ExpressionScope = {
  contexts: ['github', 'strategy', 'matrix', 'job', 'runner'],
  statusFunctions: false,
};

/** Evaluates one expression (without the `${{ }}` wrapper). */
export function evaluate(
  expression: string,
  contexts: Contexts,
  job: JobStatusView = { status: 'success' },
  scope: ExpressionScope = STEP_SCOPE,
): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const functions = scope.statusFunctions ? STATUS_FUNCTIONS : [];
  const parser = new Parser(
    lexed.tokens,
    scope.contexts,
    functions.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  );
  let tree;
  try {
    tree = parser.parse();
  } catch (error) {
    // The runner's wording (ParseException.cs): "<kind>: '<token>'. Located at position N within expression: <expr>".
    const at = (error as { pos?: { column?: number } }).pos?.column;
    throw new Error(
      `${(error as Error).message}${at !== undefined ? `. Located at position ${at + 1} within expression: ${expression}` : ''}`,
      { cause: error },
    );
  }
  return new Evaluator(tree, toData(contexts), statusFunctions(job)).evaluate();
}

/** Replaces every `${{ expr }}` in a string with the expression's string value. */
export function interpolate(
  text: string,
  contexts: Contexts,
  job?: JobStatusView,
  scope: ExpressionScope = STEP_SCOPE,
): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) =>
    evaluate(expr.trim(), contexts, job, scope).coerceString(),
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
