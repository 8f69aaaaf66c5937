/**
 * ESLint rule `house/no-silent-catch`: an error a handler drops must say why. A handler swallows when it
 * neither uses the error nor throws: `catch {}`, `catch { return undefined; }`, `.catch(() => undefined)`,
 * `.catch(() => {})`. Such a handler passes when it logs (a `.debug(...)`, `.info(...)`, `.warning(...)`
 * call in it) or carries a comment: inside it, at the end of its last line, or on the line just above it.
 * With `{ all: true }` it reports every swallow, handled or not, for `npm run swallowed` to count.
 */
const LOGS = new Set(['debug', 'info', 'notice', 'warning', 'warn', 'error']);

/** Whether `node` (not counting nested functions) throws, or calls a logger. */
function scan(node, keys) {
  const found = { throws: false, logs: false };
  const walk = (n) => {
    if (!n || typeof n.type !== 'string') return;
    if (n.type === 'ThrowStatement') found.throws = true;
    if (n.type === 'CallExpression') {
      const c = n.callee;
      const name = c.type === 'MemberExpression' && !c.computed ? c.property.name : c.name;
      if (LOGS.has(name)) found.logs = true;
    }
    for (const key of keys[n.type] ?? []) {
      const child = n[key];
      if (Array.isArray(child)) child.forEach(walk);
      else walk(child);
    }
  };
  walk(node);
  return found;
}

function commented(sourceCode, node) {
  const [start, end] = node.range;
  const first = node.loc.start.line;
  const last = node.loc.end.line;
  return sourceCode.getAllComments().some((c) => {
    if (c.range[0] >= start && c.range[1] <= end) return true;
    if (c.loc.end.line === first - 1 && c.loc.start.line === c.loc.end.line) return true;
    return c.loc.start.line === last && c.range[0] >= end;
  });
}

export const noSilentCatch = {
  meta: {
    type: 'suggestion',
    docs: { description: 'an error a handler drops is logged, or a comment says why dropping it is right' },
    schema: [{ type: 'object', properties: { all: { type: 'boolean' } }, additionalProperties: false }],
    messages: {
      bare: 'this handler drops the error silently: log it at debug, or say in a comment why ignoring it is right (e.g. "best effort: the file may already be gone").',
      handled: 'a swallowed error, {{how}}.',
    },
  },
  create(context) {
    const all = context.options[0]?.all === true;
    const sourceCode = context.sourceCode;
    const check = (handler, body) => {
      const used = sourceCode.getDeclaredVariables(handler).some((v) => v.references.length > 0);
      const { throws, logs } = scan(body, sourceCode.visitorKeys);
      if (used || throws) return;
      const reason = commented(sourceCode, handler);
      if (!logs && !reason) context.report({ node: handler, messageId: 'bare' });
      else if (all)
        context.report({
          node: handler,
          messageId: 'handled',
          data: { how: logs ? 'logged' : 'with a reason' },
        });
    };
    return {
      CatchClause: (node) => check(node, node.body),
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== 'catch') return;
        const fn = node.arguments[0];
        if (fn && (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression'))
          check(fn, fn.body);
      },
    };
  },
};

export const housePlugin = { rules: { 'no-silent-catch': noSilentCatch } };
