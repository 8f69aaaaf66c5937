/**
 * A line that names the command that failed decides the step's command over the script that ran it. A Node
 * script (a release or CI script, nx's run-commands) runs its steps through child_process, whose error says
 * `Command failed: <command line>` (nodejs/node lib/child_process.js @ 00a2fc7166f4b7d7b8678b42aa22ed277692efb8,
 * checkExecSyncError and exec's exithandler): the step is typed by that command (`npm test`), not by the
 * script's own name (`validate`, a check word). Logs built as the runner writes them (__tests__/classify-logs.ts).
 */
import { classify, defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import { resolveContext } from '../../src/core/classify/context.js';
import { actionsStep, jobLog } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

function nodeScriptStep(output: string[]): string {
  return jobLog(actionsStep({ run: 'node scripts/release-steps.mjs validate' }, output, 1));
}

test.each([
  // execSync's error uncaught: Node prints the error's stack, `Error: <message>` first.
  [
    ['Error: Command failed: npm test', '    at checkExecSyncError (node:child_process:890:11)'],
    'tool:npm-test',
  ],
  // exec's error printed by the script after its own words.
  [['Step validate failed: Command failed: npm run test:run'], 'task:test'],
  [['Error: Command failed: npx eslint .'], 'tool:eslint'],
])('child_process names the command that failed: %j', (output, entry) => {
  const scan = scanText(nodeScriptStep(output), ruleSet);
  expect(resolveContext(scan.command, ruleSet.lexicon)?.entry).toBe(entry);
});

test('the script is typed by the command it says failed, not by its own name', () => {
  const log = nodeScriptStep(['Step validate failed: Command failed: npm run test:run']);
  expect(classify({ log }).type).toBe('test');
  // Without the line the script's own word decides (validate: a check).
  expect(classify({ log: nodeScriptStep(['Step validate failed']) }).type).toBe('quality-gate');
});

test("yarn's and Rake's `Command failed with ...` lines name no whole command", () => {
  for (const line of [
    'error Command failed with exit code 1.',
    'Command failed with status (1): [ruby -w -I"lib" test/runner.rb...]',
  ]) {
    const scan = scanText(nodeScriptStep([line]), ruleSet);
    expect(scan.command?.failed ?? []).toEqual([]);
  }
});
