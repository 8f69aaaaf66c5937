/**
 * `npm run swallowed`: the errors src/ drops (a handler that neither uses nor rethrows its error) and how
 * each is handled: logged, with a reason in a comment, or bare (which `npm run lint` refuses, rule
 * `house/no-silent-catch`). Usage: npm run swallowed [-- --list]
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { housePlugin } from './no-silent-catch.js';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { house: housePlugin },
      rules: { 'house/no-silent-catch': ['error', { all: true }] },
    },
  ],
});
const results = await eslint.lintFiles(['src/**/*.ts']);
const counts = { logged: 0, 'with a reason': 0, bare: 0 };
for (const r of results)
  for (const m of r.messages) {
    if (m.ruleId !== 'house/no-silent-catch') continue;
    const how = m.message.startsWith('this handler')
      ? 'bare'
      : m.message.includes('logged')
        ? 'logged'
        : 'with a reason';
    counts[how]++;
    if (process.argv.includes('--list')) console.log(`${path.relative(root, r.filePath)}:${m.line} ${how}`);
  }
const total = counts.logged + counts['with a reason'] + counts.bare;
console.log(
  `${total} swallowed errors in src/: ${counts['with a reason']} with a reason, ${counts.logged} logged, ${counts.bare} bare`,
);
