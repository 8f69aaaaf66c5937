/**
 * After an edit to rules/log-rules.json or rules/tool-lexicon.json, the one command that brings everything the
 * rules feed up to date and proves them (rules/README.md "Adding a rule"):
 *
 *   npm run rules            pattern shapes, fixtures, weights, fallback model and hint precision regenerated,
 *                            then the rule tests
 *   npm run rules -- --eval  and the held-out evaluation (minutes: leave one project and one source out)
 *
 * The corpus fixtures and the generated files need the labelled corpus beside the repository
 * (../shared/corpus, or CI_RECOVERY_CORPUS); without it only the tests run, on the committed fixtures.
 * Stops at the first step that fails and says which.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeKeywordTrie } from './keyword-trie.js';
import { writePatternShapes } from './pattern-shapes.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.env.CI_RECOVERY_CORPUS ?? path.join(repoRoot, '../shared/corpus'));
const haveCorpus = existsSync(path.join(corpus, 'dev/labels.csv'));
const TESTS = [
  '__tests__/unit/classify-rules.test.ts',
  '__tests__/unit/classify-outranks.test.ts',
  '__tests__/unit/classify-context.test.ts',
  '__tests__/unit/classify-split-test.test.ts',
  '__tests__/unit/classify-literal-guards.test.ts',
  '__tests__/unit/classify-pattern-shape.test.ts',
  '__tests__/unit/classify-keyword-soundness.test.ts',
];

function run(what: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  process.stdout.write(`\n== ${what}: ${command} ${args.join(' ')}\n`);
  const done = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (done.status !== 0) {
    process.stderr.write(
      `npm run rules: '${what}' failed (exit ${done.status ?? done.signal}); fix it and run again\n`,
    );
    process.exit(1);
  }
}

// The shapes the CLI reads the rules' patterns by (rules/pattern-shapes.json), without the corpus too.
writePatternShapes(repoRoot);
// The keyword automaton's parts the CLI fills its table from (rules/keyword-trie.json), from those shapes.
writeKeywordTrie(repoRoot);
if (haveCorpus) {
  run('corpus fixtures', 'npm', ['run', '--silent', 'fixtures:corpus']);
  run('weights', 'npm', ['run', '--silent', 'weights:classify']);
  run('learned fallback', 'npm', ['run', '--silent', 'train:classify']);
  // Which rule-less hints may speak depends on what the rules leave undecided (rules/hint-precision.json).
  run('hint precision', 'npm', ['run', '--silent', 'hints:classify']);
} else {
  process.stdout.write(`no labelled corpus at ${corpus}: fixtures, weights and model left as committed\n`);
}
// One worker: the machine is shared, and these suites read the same corpus files.
const jestEnv = {
  ...process.env,
  NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning',
};
run('rule tests', 'npx', ['jest', '--maxWorkers=1', ...TESTS], jestEnv);
if (process.argv.includes('--eval')) run('held-out evaluation', 'npm', ['run', '--silent', 'eval:classify']);
process.stdout.write(
  '\nrules: up to date and proven. Commit rules/ (pattern-shapes.json and keyword-trie.json too) and __tests__/fixtures/corpus/ together.\n',
);
