/**
 * The README a user reads in minutes, and the docs it links to: docs/inputs.md is what the action.yml files
 * say (generated), every input the documentation names exists in an action.yml (or in the reusable
 * supervisor workflow it is written for), and every input of every action is documented.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  actionDir,
  actionFiles,
  inputAnchor,
  INPUTS_DOC,
  readAction,
  renderInputsDoc,
} from '../../scripts/inputs-doc.js';
import { repoRoot as root } from '../../stand/services/paths.js';

const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
/** The README and every page of docs/ (other engineers' pages too: what they name is checked alike). */
const pages = (): string[] => [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Inputs per `uses:` target: '' the root action, 'run'..., and the reusable workflows' by their path. */
function declaredInputs(): Map<string, Set<string>> {
  const byTarget = new Map<string, Set<string>>();
  for (const file of actionFiles(root))
    byTarget.set(actionDir(file), new Set(Object.keys(readAction(root, file).inputs ?? {})));
  for (const name of ['recovery.yml', 'recovery-dry-run.yml']) {
    const rel = `.github/workflows/${name}`;
    const doc = parse(read(rel)) as { on: { workflow_call: { inputs?: Record<string, unknown> } } };
    byTarget.set(rel, new Set(Object.keys(doc.on.workflow_call.inputs ?? {})));
  }
  return byTarget;
}

const codeBlocks = (text: string, lang: string): string[] =>
  [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** Steps and jobs that `uses:` something, wherever they sit in a YAML example. */
function usesNodes(node: unknown, found: Step[] = []): Step[] {
  if (Array.isArray(node)) for (const n of node) usesNodes(n, found);
  else if (node && typeof node === 'object') {
    const step = node as Step;
    if (typeof step.uses === 'string') found.push(step);
    for (const value of Object.values(node)) usesNodes(value, found);
  }
  return found;
}

/** The `uses:` of one of ours: '' for the root action, 'run' for a sub-action, the workflow's path. */
function ourTarget(uses: string): string | undefined {
  const m = /^ci-recovery\/ci-recovery(?:\/([\w./-]*))?@v\d+$/.exec(uses);
  return m ? (m[1] ?? '') : undefined;
}

/** Input names prose gives as inputs: "the `a` input", "`a` and `b` inputs", "input `a`". */
export function inputsInProse(text: string): string[] {
  const names: string[] = [];
  const list = /((?:`[a-z][a-z0-9-]*`(?:,\s*|\s+and\s+|\s+or\s+))*`[a-z][a-z0-9-]*`)\s+inputs?\b/g;
  for (const m of text.matchAll(list)) names.push(...[...m[1]!.matchAll(/`([^`]+)`/g)].map((n) => n[1]!));
  for (const m of text.matchAll(/\binputs?\s+`([a-z][a-z0-9-]*)`/g)) names.push(m[1]!);
  return names;
}

describe('README', () => {
  const readme = read('README.md');

  it('is read in minutes: at most 400 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(400);
  });

  it('keeps the two commands a newcomer types, exactly', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });

  it('keeps the CLI to five lines', () => {
    const cli = codeBlocks(readme, 'sh').filter((b) => b.includes('ci-recovery '));
    expect(cli).toHaveLength(1);
    expect(cli[0]!.trim().split('\n')).toHaveLength(5);
  });
});

describe('docs/inputs.md', () => {
  it('is what the action.yml files declare (run npm run build to regenerate)', () => {
    expect(read(INPUTS_DOC)).toBe(renderInputsDoc(root));
  });

  it('covers the root action first and each of its inputs and outputs', () => {
    const doc = renderInputsDoc(root);
    expect(actionFiles(root)[0]).toBe('action.yml');
    for (const name of ['github-token', 'config', 'store', 'resume', 'job-id'])
      expect(doc).toContain(`<a id="root-${name}"></a>\`${name}\` |`);
    for (const name of ['lane', 'resumed', 'resume-from', 'completed-stages'])
      expect(doc).toContain(`| \`${name}\` |`);
  });

  it('documents every input of every action.yml (the reverse of the checks below)', () => {
    const doc = read(INPUTS_DOC);
    const missing: string[] = [];
    for (const file of actionFiles(root))
      for (const name of Object.keys(readAction(root, file).inputs ?? {}))
        if (!doc.includes(`<a id="${inputAnchor(actionDir(file), name)}"></a>\`${name}\``))
          missing.push(`${file}: ${name}`);
    expect(missing).toEqual([]);
  });
});

describe('every input the README and docs name exists', () => {
  const declared = declaredInputs();
  const anyInput = new Set([...declared.values()].flatMap((s) => [...s]));

  it('in the examples: each `with:` key of a step using one of our actions or workflows', () => {
    const wrong: string[] = [];
    for (const page of pages())
      for (const block of codeBlocks(read(page), 'yaml').filter((b) => b.includes('uses: ci-recovery/'))) {
        for (const node of usesNodes(parse(block))) {
          const target = ourTarget(node.uses!);
          if (target === undefined) continue;
          const inputs = declared.get(target);
          if (!inputs) wrong.push(`${page}: uses ${node.uses}, which is no action or workflow of ours`);
          for (const key of Object.keys(node.with ?? {}))
            if (inputs && !inputs.has(key)) wrong.push(`${page}: ${node.uses} has no input '${key}'`);
        }
      }
    expect(wrong).toEqual([]);
  });

  it('in links: each docs/inputs.md#anchor names an input (or an action) that is there', () => {
    const anchors = new Set([...read(INPUTS_DOC).matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!));
    const broken: string[] = [];
    for (const page of pages())
      for (const m of read(page).matchAll(/\]\((?:docs\/)?inputs\.md#([^)]+)\)/g))
        if (!anchors.has(m[1]!)) broken.push(`${page}: inputs.md#${m[1]}`);
    expect(broken).toEqual([]);
  });

  it('in prose: "the `x` input" names an input of one of our actions or workflows', () => {
    const unknown: string[] = [];
    // coming-from.md maps other actions' inputs (nick-fields/retry's, actions/cache's) by design.
    for (const page of pages().filter((p) => p !== 'docs/coming-from.md'))
      for (const name of inputsInProse(read(page)))
        if (!anyInput.has(name)) unknown.push(`${page}: '${name}'`);
    expect(unknown).toEqual([]);
  });

  it('the checks can fail: a wrong input in prose, an example and a link is found', () => {
    expect(inputsInProse('the `retries` input, the `comment` and `summary` inputs, input `x-y`')).toEqual([
      'retries',
      'comment',
      'summary',
      'x-y',
    ]);
    const block = 'steps:\n  - uses: ci-recovery/ci-recovery/run@v1\n    with: { run: x, retries: 3 }\n';
    const node = usesNodes(parse(block))[0]!;
    expect(ourTarget(node.uses!)).toBe('run');
    expect(declared.get('run')!.has('retries')).toBe(false);
    expect(anyInput.has('test-runner')).toBe(true);
  });
});

describe('examples', () => {
  it('the configuration example is a valid .github/ci-recovery.yml', async () => {
    const { parseConfig } = await import('../../src/core/config.js');
    const example = codeBlocks(read('docs/configuration.md'), 'yaml').find((b) => b.startsWith('lanes:'));
    expect(example).toBeDefined();
    const config = await parseConfig(example!, 'docs/configuration.md');
    expect(config.budgets.HEAVY.maxAttempts).toBe(3);
    expect(config.policy[0]?.name).toBe('flaky-e2e');
    expect(config.classify.rules[0]?.id).toBe('selenium-grid');
  });

  it("the CLI examples name only the CLI's verbs", async () => {
    const { commands } = await import('../../src/cli/commands.js');
    const unknown: string[] = [];
    for (const page of pages())
      for (const block of codeBlocks(read(page), 'sh'))
        for (const [, verb] of block.matchAll(/(?:^|[|&;]\s*)ci-recovery ([a-z-]+)/gm))
          if (!(verb! in commands)) unknown.push(`${page}: ci-recovery ${verb}`);
    expect(unknown).toEqual([]);
  });

  it('the workflow examples parse as YAML and use only actions of this repository that exist', () => {
    for (const page of pages())
      for (const block of codeBlocks(read(page), 'yaml').filter((b) => b.includes('uses: ci-recovery/'))) {
        expect(parse(block)).toBeTruthy();
        for (const [, sub] of block.matchAll(/uses: ci-recovery\/ci-recovery\/?([\w./-]*)@v1/g))
          expect(existsSync(path.join(root, sub!, sub!.endsWith('.yml') ? '' : 'action.yml'))).toBe(true);
      }
  });
});
