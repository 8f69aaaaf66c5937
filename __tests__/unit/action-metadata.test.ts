/**
 * Every action.yml of the repository, parsed with the runner's own schema (@actions/workflow-parser):
 * node24, runs.* pointing at bundle stubs that the build writes, and code that reads only inputs the
 * action declares (the static check codeql-action has). Hidden inputs may go unread.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseActionFiles, type ParsedActionFile } from '../../stand/runner/action-metadata.js';
import { repoRoot } from '../../stand/services/paths.js';
import { entries } from '../../src/index.js';
import { checkpointId } from '../../src/checkpoint/index.js';
import { fallbacksAfterInputs, inputsMoved, inputsRead } from '../action-inputs.js';

const SKIP = new Set([
  'node_modules',
  '.git',
  '__tests__',
  'dist',
  '.tmp',
  'coverage',
  'tools',
  'bench',
  'src',
]);
const HIDDEN = new Set(['job-id', 'github-token', 'job-index', 'matrix', 'job-workflow']);
const STAGES = ['pre', 'main', 'post'] as const;
const FIXTURE = path.join(repoRoot, '__tests__/fixtures/test-action/action.yml');

function findActionFiles(dir: string, depth = 0): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && (entry.name === 'action.yml' || entry.name === 'action.yaml'))
      found.push(path.join(dir, entry.name));
    if (entry.isDirectory() && !SKIP.has(entry.name) && !entry.name.startsWith('.') && depth < 2)
      found.push(...findActionFiles(path.join(dir, entry.name), depth + 1));
  }
  return found;
}

/** The dist entry a runs.* path names (`../dist/run.js` -> run), or undefined when it is not a bundle stub. */
function distEntry(actionFile: string, target: string): string | undefined {
  const resolved = path.resolve(path.dirname(actionFile), target);
  return path.dirname(resolved) === path.join(repoRoot, 'dist') ? path.basename(resolved, '.js') : undefined;
}

const rel = (f: string): string => path.relative(repoRoot, f);

describe('action metadata', () => {
  const discovered = findActionFiles(repoRoot);
  // Until the real actions exist, the fixture action keeps these checks honest.
  const files = discovered.length > 0 ? discovered : [FIXTURE];
  let parsed: ParsedActionFile[];

  beforeAll(async () => {
    parsed = await parseActionFiles(files);
  });

  it('finds the action.yml files and parses each with the runner schema without errors', () => {
    expect(parsed.map((p) => rel(p.file))).toEqual(files.map(rel));
    expect(
      parsed.filter((p) => p.errors.length > 0).map((p) => `${rel(p.file)}: ${p.errors.join('; ')}`),
    ).toEqual([]);
  });

  it("keeps every action's description within the Marketplace's 125 characters (the longer text is in the README)", () => {
    const long = files
      .map(
        (f) =>
          [rel(f), /^description:(?: >-\n)?\s*(.*?)\n\S/ms.exec(readFileSync(f, 'utf8'))?.[1] ?? ''] as const,
      )
      .map(([f, d]) => [f, d.replace(/\s+/g, ' ').trim()] as const)
      .filter(([, d]) => d.length === 0 || d.length > 125)
      .map(([f, d]) => `${f}: ${d.length}`);
    expect(long).toEqual([]);
  });

  it('runs every action on node24, with runs.* naming a registered bundle entry (or an existing file)', () => {
    const problems: string[] = [];
    const distBuilt = existsSync(path.join(repoRoot, 'dist', 'index.js'));
    for (const p of parsed) {
      if (p.runs.using !== 'node24')
        problems.push(`${rel(p.file)}: runs.using is '${p.runs.using}', expected node24`);
      for (const stage of STAGES) {
        const target = p.runs[stage];
        if (!target) continue;
        const entry = distEntry(p.file, target);
        const resolved = path.resolve(path.dirname(p.file), target);
        if (entry !== undefined) {
          if (!(entry in entries))
            problems.push(`${rel(p.file)}: runs.${stage} ${target} is not an entry of src/index.ts`);
          if (distBuilt && !existsSync(resolved))
            problems.push(`${rel(p.file)}: runs.${stage} ${target} does not exist: run npm run build`);
        } else if (!existsSync(resolved)) {
          problems.push(`${rel(p.file)}: runs.${stage} ${target} does not exist`);
        }
      }
      if (p.runs.post && !p.runs.postIf)
        problems.push(`${rel(p.file)}: has a post stage without post-if (write post-if: always())`);
    }
    expect(problems).toEqual([]);
  });

  it('reads only declared inputs, and declares none that nothing reads (hidden ones aside)', () => {
    const undeclared: string[] = [];
    const unread: string[] = [];
    for (const p of parsed) {
      const declared = new Set(p.inputs.map((i) => i.id));
      const read = new Set<string>();
      for (const stage of STAGES) {
        const target = p.runs[stage];
        const entry = target ? distEntry(p.file, target) : undefined;
        if (!entry) continue;
        const source = path.join(repoRoot, 'src/actions', `${entry}.ts`);
        if (!existsSync(source)) continue;
        const text = readFileSync(source, 'utf8');
        const moved = new Set(inputsMoved(text));
        for (const name of moved)
          if (declared.has(name))
            undeclared.push(`${rel(p.file)} still declares '${name}', which moved to the config file`);
        for (const name of inputsRead(text)) {
          read.add(name);
          if (!declared.has(name) && !moved.has(name))
            undeclared.push(`${rel(source)} reads input '${name}', which ${rel(p.file)} does not declare`);
        }
      }
      if (read.size === 0) continue;
      for (const name of declared)
        if (!read.has(name) && !HIDDEN.has(name))
          unread.push(`${rel(p.file)} declares '${name}', which no stage reads`);
    }
    expect(undeclared).toEqual([]);
    expect(unread).toEqual([]);
  });

  it("repeats no action.yml default in code: an input with a default is read as given, never '?? x' or '|| x'", () => {
    const repeated: string[] = [];
    for (const p of parsed) {
      const defaulted = new Set(p.inputs.filter((i) => (i.default ?? '') !== '').map((i) => i.id));
      for (const stage of STAGES) {
        const entry = p.runs[stage] ? distEntry(p.file, p.runs[stage]) : undefined;
        const source = entry ? path.join(repoRoot, 'src/actions', `${entry}.ts`) : '';
        if (!source || !existsSync(source)) continue;
        for (const [name, fallback] of fallbacksAfterInputs(readFileSync(source, 'utf8')))
          if (defaulted.has(name))
            repeated.push(
              `${rel(source)}: input '${name}' ${fallback}, though ${rel(p.file)} declares its default`,
            );
      }
    }
    expect(repeated).toEqual([]);
  });

  it('the fallback scan finds a default repeated after an input (so the check above can fail)', () => {
    const source =
      "input.int('test-retries', { min: 0, max: 10 }) ?? 2; input.string('store') || 'artifact'; input.given('config', '');";
    expect(fallbacksAfterInputs(source)).toEqual([
      ['test-retries', '?? 2'],
      ['store', "|| 'artifact'"],
    ]);
  });

  it("states the token's scopes one way: 'actions: read' for every action, writes only where the action writes", () => {
    const problems: string[] = [];
    for (const p of parsed) {
      const token = p.inputs.find((i) => i.id === 'github-token')?.description?.replace(/\s+/g, ' ') ?? '';
      if (!token.includes('actions: read') && !token.includes('actions: write'))
        problems.push(`${rel(p.file)}: the github-token description names no 'actions: read'`);
      // 'actions read/write', 'pull-requests write': scopes said as the workflow's permissions: block says them.
      for (const m of token.matchAll(/\b(actions|contents|checks|pull-requests) (read|write)\b/g))
        problems.push(`${rel(p.file)}: '${m[0]}' (write '${m[1]}: ${m[2]}')`);
      if (token.includes('actions: write') && !rel(p.file).startsWith('supervise'))
        problems.push(`${rel(p.file)}: asks for actions: write, which only the supervisor's re-runs need`);
    }
    expect(problems).toEqual([]);
  });

  it("names a generated checkpoint as the code makes it (checkpoint/'s 'name' input)", () => {
    const name = parsed
      .find((p) => rel(p.file) === 'checkpoint/action.yml')
      ?.inputs.find((i) => i.id === 'name');
    const pattern = /ci-recovery-ckpt-[\w<>-]+/.exec(name?.description ?? '')?.[0] ?? '';
    const filled = pattern
      .replace('<run>', '7')
      .replace('<job>', 'build')
      .replace('<attempt>', '2')
      .replace('<stage>', 'test')
      .replace('<seq>', '001');
    expect(filled).toBe(checkpointId({ runId: '7', job: 'build' }, 'test', 2, 1));
  });

  it('the input scan finds every reading form (so the check above can fail)', () => {
    const source =
      "input.string('a'); input.required(\"b-c\"); input.list(`d`); input.int('e', { min: 1 }); input.bool( 'f' ); input.choice('g', ['x']); input.minutes('h'); input.given('i', ''); input.count('j', 'run', {}); core.getInput('x')";
    expect(inputsRead(source)).toEqual(['a', 'b-c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });
});
