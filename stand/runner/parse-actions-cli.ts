/**
 * Parses action.yml files with @actions/workflow-parser (the runner's own action schema) and prints
 * the result as JSON. A separate process run under tsx, because the parser imports its schema JSON
 * without an import attribute, which jest's ESM mode is deprecating.
 * Usage: node --import tsx stand/runner/parse-actions-cli.ts <action.yml>...
 */
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { ParsedActionFile } from './action-metadata.js';

function parseOne(file: string): ParsedActionFile {
  const result = parseAction(
    { name: file, content: readFileSync(file, 'utf8') },
    new NoOperationTraceWriter(),
  );
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (!result.value || errors.length > 0) return { file, errors, inputs: [], outputs: [], runs: {} };
  const template = convertActionTemplate(result.context, result.value);
  const runs = template.runs as unknown as Record<string, unknown>;
  return {
    file,
    errors: result.context.errors.getErrors().map((e) => e.message),
    name: template.name,
    description: template.description,
    inputs: (template.inputs ?? []).map((i) => ({
      id: i.id,
      ...(i.description !== undefined ? { description: i.description } : {}),
      ...(i.required !== undefined ? { required: i.required } : {}),
      ...(i.default !== undefined ? { default: i.default.toString() } : {}),
    })),
    outputs: (template.outputs ?? []).map((o) => ({
      id: o.id,
      ...(o.description !== undefined ? { description: o.description } : {}),
    })),
    runs: Object.fromEntries(Object.entries(runs).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >,
  };
}

process.stdout.write(JSON.stringify(process.argv.slice(2).map(parseOne)));
