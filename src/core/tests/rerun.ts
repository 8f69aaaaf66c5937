/**
 * The command that runs only some tests again: built in for each runner (a pytest node id, a jest or
 * vitest file with an anchored `-t` pattern, `go test -run '^TestX$'` per package, `--tests`, `-Dtest=`,
 * a nextest filter, rspec `-e`, phpunit `--filter`, `dotnet test --filter`), or the team's template. Test
 * names are untrusted: every one is shell-quoted (POSIX single quotes) and, where the runner reads a
 * pattern, regex-escaped first, so no name can run a command or widen the selection. Pure.
 */
import { UserError } from '../errors.js';
import type { TestId, TestRunner } from './identity.js';

/** `'text'` for a POSIX shell: nothing inside single quotes is special but the quote itself. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A literal for a regular expression (JavaScript, RE2 and PCRE read these escapes alike). */
export function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The placeholders a team's `test-rerun-command` may use. */
export const TEMPLATE_PLACEHOLDERS = ['{tests}', '{files}', '{names}', '{pattern}'] as const;

/**
 * The team's template with its placeholders filled, each value shell-quoted: `{tests}` each test as
 * `suite::name[params]`, `{files}` the distinct suites, `{names}` the names, `{pattern}` one anchored
 * regular expression matching exactly those names.
 */
export function fromTemplate(template: string, tests: readonly TestId[]): string {
  const words = (values: string[]): string => [...new Set(values)].map(shellQuote).join(' ');
  const values: Record<string, string> = {
    '{tests}': words(tests.map(selector)),
    '{files}': words(tests.map((t) => t.suite)),
    '{names}': words(tests.map((t) => t.name)),
    '{pattern}': shellQuote(anchored(tests.map((t) => t.name))),
  };
  return template.replace(/\{(tests|files|names|pattern)\}/g, (p) => values[p]!);
}

/** Checks a template names at least one placeholder (else it would re-run everything, not the failed tests). */
export function checkTemplate(template: string): void {
  if (template.trim() !== '' && !TEMPLATE_PLACEHOLDERS.some((p) => template.includes(p)))
    throw new UserError(
      `Input 'test-rerun-command' names no placeholder: write ${TEMPLATE_PLACEHOLDERS.join(', ')} where the failed tests go (each is shell-quoted), e.g. 'npx mocha {files} --grep {pattern}'.`,
    );
}

function selector(t: TestId): string {
  return `${t.suite}::${t.name}${t.params === undefined ? '' : `[${t.params}]`}`;
}

function anchored(names: string[]): string {
  return `^(${[...new Set(names)].map(regexEscape).join('|')})$`;
}

/** How the step's command starts the runner, kept for the re-run (`python3 -m pytest`, `./gradlew`). */
const INVOCATIONS: Partial<Record<TestRunner, [RegExp, string]>> = {
  pytest: [/(?:\S*python[\d.]*\s+-m\s+pytest|\S*\bpy\.?test)\b/, 'python3 -m pytest'],
  jest: [/(?:\bnpx\s+)?\S*\bjest\b/, 'npx jest'],
  vitest: [/(?:\bnpx\s+)?\S*\bvitest\b/, 'npx vitest'],
  gradle: [/\S*\bgradlew?\b/, 'gradle'],
  maven: [/\S*\bmvnw?\b/, 'mvn'],
  rspec: [/(?:\bbundle\s+exec\s+)?\S*\brspec\b/, 'rspec'],
  phpunit: [/\S*\bphpunit\b/, 'phpunit'],
  mocha: [/(?:\bnpx\s+)?\S*\bmocha\b/, 'npx mocha'],
};

/**
 * The runner's program as the step's command calls it, else its usual name, after the variables the command
 * sets for it alone (`NODE_OPTIONS=--experimental-vm-modules npx jest`: an ESM suite does not load without).
 */
export function invocation(runner: TestRunner, command: string): string {
  const known = INVOCATIONS[runner];
  if (!known) return '';
  const [pattern, fallback] = known;
  const found = pattern.exec(command);
  // Only a plain path or word: never carry shell syntax from the command into the re-run.
  if (!found || !/^[\w./ -]+$/.test(found[0])) return fallback;
  return `${assignmentsBefore(command, found.index)}${found[0].replace(/\s+/g, ' ')}`;
}

/** `NAME=value` with a literal value: single-quoted, double-quoted with nothing to expand, or a plain word. */
const ASSIGNMENT = /^([A-Za-z_]\w*)=('[^']*'|"[^"$`\\!]*"|[^\s'"$`\\;&|<>(){}!*?[\]#~]*)(?:\s+|$)/;

/**
 * The variable assignments that open the simple command the runner's program is in (`cd web && CI=true npx jest`:
 * `CI=true`), each re-quoted from its literal value: nothing in it is expanded, as the shell would not have
 * either. '' when anything else opens that command too (`env X=1 npx jest`, `X="$(y)" npx jest`).
 */
function assignmentsBefore(command: string, at: number): string {
  const head = command.slice(0, at);
  const start = Math.max(...[...';&|\n('].map((c) => head.lastIndexOf(c))) + 1;
  let rest = head.slice(start).trimStart();
  const carried: string[] = [];
  while (rest !== '') {
    const m = ASSIGNMENT.exec(rest);
    if (!m) return '';
    const value = m[2]!;
    const literal = /^['"]/.test(value) ? value.slice(1, -1) : value;
    carried.push(`${m[1]}=${shellQuote(literal)}`);
    rest = rest.slice(m[0].length);
  }
  return carried.map((a) => `${a} `).join('');
}

function bySuite(tests: readonly TestId[]): Map<string, TestId[]> {
  const groups = new Map<string, TestId[]>();
  for (const t of tests) groups.set(t.suite, [...(groups.get(t.suite) ?? []), t]);
  return groups;
}

/** Several commands as one script that runs them all and fails when any failed. */
function all(commands: string[]): string {
  if (commands.length === 1) return commands[0]!;
  return ['rc=0', ...commands.map((c) => `${c} || rc=1`), 'exit $rc'].join('\n');
}

/** go test -run: one anchored pattern per level of a subtest's name (`^TestX$/^case_1$`). */
function goPattern(name: string): string {
  return name
    .split('/')
    .map((part) => `^${regexEscape(part)}$`)
    .join('/');
}

/** jest and vitest match `-t` against the describe blocks and the test's name joined by spaces. */
function jsName(name: string): string {
  return name.split(/ › | > /).join(' ');
}

/**
 * The built-in command that re-runs exactly `tests` (all of one runner), or undefined for a runner with
 * none (`junit`: a report of another writer; give `test-rerun-command`).
 */
export function builtInRerun(
  runner: TestRunner,
  tests: readonly TestId[],
  command: string,
): string | undefined {
  if (tests.length === 0) return undefined;
  const q = shellQuote;
  const run = invocation(runner, command);
  const names = (list: readonly TestId[]): string => q(anchored(list.map((t) => jsName(t.name))));
  switch (runner) {
    case 'pytest':
      return `${run} ${tests.map((t) => q(selector(t))).join(' ')}`;
    case 'jest':
      return all(
        [...bySuite(tests)].map(([file, list]) => `${run} ${file ? `${q(file)} ` : ''}-t ${names(list)}`),
      );
    case 'vitest':
      return all(
        [...bySuite(tests)].map(([file, list]) => `${run} run ${file ? `${q(file)} ` : ''}-t ${names(list)}`),
      );
    case 'go':
      return all(tests.map((t) => `go test -count=1 -run ${q(goPattern(t.name))} ${q(t.suite)}`));
    case 'cargo':
      return `cargo test -- --exact ${tests.map((t) => q(t.name)).join(' ')}`;
    case 'nextest':
      return `cargo nextest run -E ${q(tests.map((t) => `test(=${t.name})`).join(' | '))}`;
    case 'gradle':
      return `${run} test ${tests.map((t) => `--tests ${q(`${t.suite}.${t.name.replace(/\(.*\)$/, '')}`)}`).join(' ')}`;
    case 'maven': {
      const methods = [...bySuite(tests)].map(
        ([suite, list]) => `${suite}#${list.map((t) => t.name.replace(/\(.*\)$/, '')).join('+')}`,
      );
      return `${run} test -Dsurefire.failIfNoSpecifiedTests=false ${q(`-Dtest=${methods.join(',')}`)}`;
    }
    case 'rspec':
      return all(
        [...bySuite(tests)].map(
          ([file, list]) => `${run} ${q(file)} ${list.map((t) => `-e ${q(t.name)}`).join(' ')}`,
        ),
      );
    case 'phpunit':
      return `${run} --filter ${q(`/^(${tests.map((t) => regexEscape(`${t.suite}::${t.name}`)).join('|')})( with data set .*)?$/`)}`;
    case 'dotnet':
      return `dotnet test --filter ${q(tests.map((t) => `FullyQualifiedName=${dotnetEscape(`${t.suite}.${t.name}`)}`).join('|'))}`;
    case 'mocha':
      return `${run} ${[...new Set(tests.map((t) => t.suite))]
        .filter((s) => /\.[cm]?[jt]s$/.test(s))
        .map(q)
        .join(' ')} --grep ${q(anchored(tests.map((t) => t.name)))}`;
    default:
      return undefined;
  }
}

/** dotnet test's filter syntax escapes its operators with a backslash. */
function dotnetEscape(text: string): string {
  return text.replace(/[\\()&|=!~]/g, '\\$&');
}
