/**
 * Regenerates the README's reference of every action's inputs and outputs from the action.yml files,
 * between the markers below, so the documentation cannot drift from the metadata. A test runs
 * `renderReference` and compares it with the README (see __tests__/unit/readme.test.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const BEGIN = '<!-- BEGIN GENERATED: action reference (scripts/readme.ts) -->';
const END = '<!-- END GENERATED: action reference -->';

interface ActionYaml {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

/** Every action of the repo: the root one first, then sub-action directories alphabetically. */
export function actionFiles(root: string): string[] {
  const subs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules')
    .map((d) => path.join(d.name, 'action.yml'))
    .filter((f) => existsSync(path.join(root, f)))
    .sort();
  return ['action.yml', ...subs].filter((f) => existsSync(path.join(root, f)));
}

const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

export function renderReference(root: string): string {
  const parts: string[] = [];
  for (const file of actionFiles(root)) {
    const meta = parse(readFileSync(path.join(root, file), 'utf8')) as ActionYaml;
    const dir = path.dirname(file);
    const uses = dir === '.' ? 'ci-recovery/ci-recovery@v1' : `ci-recovery/ci-recovery/${dir}@v1`;
    parts.push(
      `### \`${uses}\`${meta.name ? ` (${meta.name})` : ''}`,
      '',
      meta.description?.trim() ?? '',
      '',
    );
    const inputs = Object.entries(meta.inputs ?? {});
    if (inputs.length > 0) {
      parts.push('| input | default | description |', '|---|---|---|');
      for (const [name, spec] of inputs) {
        const def =
          spec.default === undefined
            ? spec.required
              ? '*required*'
              : ''
            : `\`${typeof spec.default === 'string' ? spec.default : JSON.stringify(spec.default)}\``;
        parts.push(`| \`${name}\` | ${cell(def)} | ${cell(spec.description ?? '')} |`);
      }
      parts.push('');
    }
    const outputs = Object.entries(meta.outputs ?? {});
    if (outputs.length > 0) {
      parts.push('| output | description |', '|---|---|');
      for (const [name, spec] of outputs) parts.push(`| \`${name}\` | ${cell(spec.description ?? '')} |`);
      parts.push('');
    }
  }
  return `${BEGIN}\n${parts.join('\n').trim()}\n${END}`;
}

/** The README with its generated block replaced; throws if the markers are missing. */
export function withReference(readme: string, reference: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${BEGIN} ... ${END}`);
  return readme.slice(0, start) + reference + readme.slice(end + END.length);
}

export function writeReadmeReference(root: string): void {
  const file = path.join(root, 'README.md');
  const current = readFileSync(file, 'utf8');
  const next = withReference(current, renderReference(root));
  if (next !== current) writeFileSync(file, next);
}
