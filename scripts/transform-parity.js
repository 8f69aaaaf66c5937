/* global console, process */
/**
 * Whether jest's transform (__tests__/sucrase-transform.js) strips the types as TypeScript does where an ES
 * module's shape is concerned: for every TypeScript file of the repository, sucrase's output and
 * TypeScript's transpileModule's (ts-jest's path, the tsconfig's ES2022 with isolatedModules) import the same
 * modules, statically and dynamically, with the same attributes, and export the same names (both read by
 * es-module-lexer). Run by hand after a change of sucrase or of the tsconfig: `node scripts/transform-parity.js`.
 * Exits 1 on a difference. It costs ~10 CPU-s of TypeScript, which is why no test runs it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { init, parse } from 'es-module-lexer';
import { transform } from 'sucrase';
import ts from 'typescript';

const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedModules: true,
  esModuleInterop: true,
};

/** The modules a text imports (with their attributes) and the names it exports. */
function shape(code) {
  const [imports, exports] = parse(code);
  const named = imports.map((i) => {
    const attributes = i.a > -1 ? ` ${code.slice(i.a, i.se).replace(/\s+/g, ' ')}` : '';
    return `${i.d > -1 ? 'import() ' : ''}${i.n ?? code.slice(i.s, i.e)}${attributes}`;
  });
  return {
    imports: named.sort().join(' | '),
    exports: exports
      .map((e) => e.n)
      .sort()
      .join(', '),
  };
}

await init;
const files = execFileSync('git', ['ls-files', '*.ts', ':!:*.d.ts'], { encoding: 'utf8' }).split('\n');
let differences = 0;
for (const file of files.filter(Boolean)) {
  const source = readFileSync(file, 'utf8');
  const typescript = shape(
    ts.transpileModule(source, { fileName: file, compilerOptions: OPTIONS }).outputText,
  );
  const ours = shape(
    transform(source, { transforms: ['typescript'], disableESTransforms: true, filePath: file }).code,
  );
  for (const key of ['imports', 'exports'])
    if (typescript[key] !== ours[key]) {
      differences++;
      console.log(`${file}: ${key} differ\n  TypeScript: ${typescript[key]}\n  sucrase:    ${ours[key]}`);
    }
}
console.log(`${files.filter(Boolean).length} files, ${differences} difference(s)`);
process.exitCode = differences ? 1 : 0;
