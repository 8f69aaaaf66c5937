/**
 * Jest's TypeScript transform: sucrase strips the types of one file at a time, in pure JavaScript in the
 * worker's own process. ts-jest loaded TypeScript's 9 MB compiler in every worker jest started or replaced
 * (about 1.8 CPU-s of a 3-file unit run in band, 6.3 -> 4.5 CPU-s), and sucrase strips the ~600 TypeScript
 * files of a fresh clone for about a tenth of TypeScript's transpile. The types are checked by
 * `npm run typecheck`, never by a test run (ts-jest ran with diagnostics off). ts-jest stays a devDependency:
 * classify-suite-load runs it as a user's project would.
 *
 * The output is what TypeScript emits for the tsconfig's ES2022 with isolatedModules where it matters:
 * ES modules kept, imports used only as types elided, class fields defined (`disableESTransforms` keeps
 * `x;` and `x = 1` as native fields, TypeScript's default for ES2022), import attributes kept, enums and
 * parameter properties assigned alike. One difference: a parameter property is assigned in the
 * constructor without a field declared before the class's own fields, so it comes after them in the key
 * order of an instance (no test reads that order: the suite passes whole with it). `node
 * scripts/transform-parity.js` checks the imports and exports of every file against TypeScript's output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transform } from 'sucrase';

const { version } = createRequire(import.meta.url)('sucrase/package.json');
/** This file's own text: a change to the options must not reuse jest's cached output. */
const self = readFileSync(fileURLToPath(import.meta.url), 'utf8');

function strip(source, file) {
  const { code, sourceMap } = transform(source, {
    transforms: ['typescript'],
    disableESTransforms: true,
    filePath: file,
    sourceMapOptions: { compiledFilename: file },
  });
  return { code, map: sourceMap };
}

/** Jest loads ES modules through processAsync; `process` is its synchronous path (a require of a .ts). */
export default {
  canInstrument: false,
  getCacheKey(source, file, options) {
    const config = options?.configString ?? '';
    return createHash('sha256').update(`${version}\0${self}\0${config}\0${file}\0${source}`).digest('hex');
  },
  processAsync: async (source, file) => strip(source, file),
  process: strip,
};
