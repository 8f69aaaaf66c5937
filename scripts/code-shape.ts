/**
 * `npm run shape`: the figures a redesign is judged by, on src/: the longest functions, the places that
 * read process.env, the import graph's cycles (static and dynamic imports; then those that type-only
 * imports close, which load fine but are read as one knot), and the rooms: each folder
 * (or file) directly in src/ is a room, an arrow is a room importing another (type-only imports count:
 * a port written in an adapter's types leans on it), and the arrows running back up are the fewest that
 * any order of the rooms into floors leaves pointing upward (none when the rooms' imports have no
 * circle). Prints; never fails. `--mermaid` adds the rooms as a Mermaid flowchart, ground at the bottom,
 * for a drawing anyone can paste into a Markdown file GitHub renders. Usage: npm run shape [-- --over 60]
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
/** Every import between files, type-only ones too: the rooms' arrows. */
const leans = new Map<string, string[]>();

for (const file of files(root)) {
  const rel = path.relative(root, file);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const line = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;
  const edges: string[] = [];
  const typeEdges: string[] = [];
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
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
      const target = path.relative(
        root,
        path.resolve(path.dirname(file), specifier.text.replace(/\.js$/, '.ts')),
      );
      (typeOnly ? typeEdges : edges).push(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  imports.set(rel, edges);
  leans.set(rel, [...edges, ...typeEdges]);
}

// Tarjan's strongly connected components: every component of more than one module is a cycle.
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
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
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return cycles;
}
const cycles = cyclesOf(imports);
// A loop closed by type imports alone loads fine but is still a loop to read (the supervise phase's was).
const typeCycles = cyclesOf(leans).filter((c) => !cycles.some((v) => v.join() === c.join()));

long.sort((a, b) => b[0] - a[0]);
console.log(`functions over ${over} lines: ${long.length}`);
for (const [length, where] of long) console.log(`  ${length}  ${where}`);
const envFiles = new Set(envReads.map((r) => r.split(':')[0]));
console.log(`process.env reads: ${envReads.length} in ${envFiles.size} files`);
for (const r of envReads) console.log(`  ${r}`);
console.log(`import cycles: ${cycles.length}`);
for (const c of cycles) console.log(`  ${c.join(' <-> ')}`);
console.log(`import cycles closed by type imports: ${typeCycles.length}`);
for (const c of typeCycles) console.log(`  ${c.join(' <-> ')}`);

// The rooms: what stands directly in src/, and the arrows between them.
const roomOf = (file: string): string => file.split(path.sep)[0]!;
const rooms = [...new Set([...leans.keys()].map(roomOf))].sort();
const arrows = new Map<string, Set<string>>(rooms.map((r) => [r, new Set<string>()]));
for (const [file, targets] of leans)
  for (const t of targets)
    if (leans.has(t) && roomOf(t) !== roomOf(file)) arrows.get(roomOf(file))!.add(roomOf(t));
const arrowCount = [...arrows.values()].reduce((n, to) => n + to.size, 0);

/** The fewest arrows pointing up over every order of the rooms into floors, and one order that leaves them. */
function fewestUpward(): { up: [string, string][]; order: string[] } {
  let best = { up: [] as [string, string][], order: [] as string[] };
  let bestCount = Infinity;
  // Ground first: placing a room fixes its arrows to the rooms not yet placed (they stand above it) as upward.
  const place = (order: string[], left: string[], upSoFar: number): void => {
    if (upSoFar >= bestCount) return;
    if (left.length === 0) {
      bestCount = upSoFar;
      const at = new Map(order.map((r, i) => [r, i]));
      const ups = order.flatMap((r) =>
        [...arrows.get(r)!].filter((to) => at.get(to)! > at.get(r)!).map((to): [string, string] => [r, to]),
      );
      best = { up: ups, order };
      return;
    }
    for (const r of left) {
      const rest = left.filter((x) => x !== r);
      const fixed = [...arrows.get(r)!].filter((to) => rest.includes(to)).length;
      place([...order, r], rest, upSoFar + fixed);
    }
  };
  place([], rooms, 0);
  return best;
}
const { up, order } = fewestUpward();
console.log(
  `rooms: ${rooms.length}, arrows between them: ${arrowCount}, arrows running back up: ${up.length}`,
);
console.log(`  floors, ground first: ${order.join(' < ')}`);
for (const [from, to] of up) console.log(`  up: ${from} -> ${to}`);
if (process.argv.includes('--mermaid')) {
  // Ground at the bottom: the rooms listed top floor first, each arrow pointing down (or up, where one runs back up).
  const id = (room: string): string => room.replace(/\W/g, '_');
  console.log('flowchart TB');
  for (const room of [...order].reverse()) console.log(`  ${id(room)}["${room}"]`);
  for (const room of [...order].reverse())
    for (const to of [...arrows.get(room)!].sort()) console.log(`  ${id(room)} --> ${id(to)}`);
}
