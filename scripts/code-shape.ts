/**
 * `npm run shape`: the figures a redesign is judged by, on src/: the longest functions, the places that
 * read process.env, and the import graph's cycles (static and dynamic imports). Prints; never fails.
 * Usage: npm run shape [-- --over 60]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..', 'src');
const overAt = process.argv.indexOf('--over');
const over = overAt > 0 ? Number(process.argv[overAt + 1]) : 80;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const long: [number, string][] = [];
const envReads: string[] = [];
const imports = new Map<string, string[]>();

for (const file of files(root)) {
  const rel = path.relative(root, file);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const line = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;
  const edges: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const length = line(node.getEnd()) - line(node.getStart()) + 1;
      const name =
        node.name?.getText() ??
        (ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent)
          ? node.parent.name.getText()
          : '(anonymous)');
      if (length > over) long.push([length, `${rel}:${line(node.getStart())} ${name}`]);
    }
    if (ts.isPropertyAccessExpression(node) && node.getText() === 'process.env')
      envReads.push(`${rel}:${line(node.getStart())}`);
    const specifier =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? node.moduleSpecifier
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
          ? node.arguments[0]
          : undefined;
    const typeOnly =
      (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(node) && node.isTypeOnly);
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.') && !typeOnly)
      edges.push(
        path.relative(root, path.resolve(path.dirname(file), specifier.text.replace(/\.js$/, '.ts'))),
      );
    ts.forEachChild(node, visit);
  };
  visit(source);
  imports.set(rel, edges);
}

// Tarjan's strongly connected components: every component of more than one module is a cycle.
const cycles: string[][] = [];
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
let next = 0;
function connect(v: string): void {
  index.set(v, next);
  low.set(v, next++);
  stack.push(v);
  onStack.add(v);
  for (const w of imports.get(v) ?? []) {
    if (!imports.has(w)) continue;
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v)!, low.get(w)!));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
  }
  if (low.get(v) === index.get(v)) {
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const v of imports.keys()) if (!index.has(v)) connect(v);

long.sort((a, b) => b[0] - a[0]);
console.log(`functions over ${over} lines: ${long.length}`);
for (const [length, where] of long) console.log(`  ${length}  ${where}`);
const envFiles = new Set(envReads.map((r) => r.split(':')[0]));
console.log(`process.env reads: ${envReads.length} in ${envFiles.size} files`);
for (const r of envReads) console.log(`  ${r}`);
console.log(`import cycles: ${cycles.length}`);
for (const c of cycles) console.log(`  ${c.join(' <-> ')}`);
