/**
 * Shape checks that run on an untrusted payload before any schema sees it. zod, JSON.stringify and
 * structured clone all recurse, so a value nested 10,000 levels deep overflows the stack inside them;
 * these checks are iterative (an explicit stack), so they cannot.
 */

/** Deeper than any request of the contract needs (the deepest legitimate one nests fewer than 10). */
export const MAX_PAYLOAD_DEPTH = 64;

export type ShapeProblem =
  | { kind: 'depth'; maxDepth: number }
  | { kind: 'cycle' }
  | { kind: 'size'; atLeastBytes: number }
  | { kind: 'type'; type: string };

/**
 * Depth of a JSON text without parsing it: counts `[`/`{` outside strings. Stops as soon as `maxDepth`
 * is exceeded and answers `maxDepth + 1`; malformed text is left for JSON.parse to reject.
 */
export function jsonTextDepth(text: string, maxDepth: number = MAX_PAYLOAD_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Jump to the closing quote with indexOf (native speed: a 267 MB base64 string is one string),
      // skipping quotes escaped by an odd run of backslashes.
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j === -1) return deepest; // unterminated: JSON.parse will say so
        let backslashes = 0;
        while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      i = j;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > maxDepth) return deepest;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return deepest;
}

/** A lower bound on the UTF-8 JSON size of one primitive (strings: one byte per UTF-16 unit, quotes). */
function primitiveBytes(v: unknown): number {
  switch (typeof v) {
    case 'string':
      return v.length + 2;
    case 'number':
      return Number.isFinite(v) ? String(v).length : 4; // NaN and ±Infinity become null
    case 'boolean':
      return String(v).length;
    default:
      return 4; // null, and undefined which JSON turns into null or drops
  }
}

const VISITING = -1;

/** Arrays and plain objects only: a Date, Map or typed array is not JSON and has no place in a request. */
function isPlainData(o: object): boolean {
  if (Array.isArray(o)) return true;
  const proto: unknown = Object.getPrototypeOf(o);
  return proto === Object.prototype || proto === null;
}

function kindOf(o: object): string {
  const name = (o as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name ? name : 'non-plain object';
}

/**
 * Checks a structured-clone value (what Electron IPC delivers) before it is validated: plain data only,
 * at most `maxDepth` levels, no cycles, and a lower bound of its JSON size within `maxBytes`. Each object is
 * measured once (memoised), so a value that shares one child many times (a DAG whose JSON would be
 * exponentially large) is measured in linear time and refused by size instead of hanging JSON.stringify.
 */
export function checkPayloadShape(
  value: unknown,
  limits: { maxDepth?: number; maxBytes?: number } = {},
): ShapeProblem | null {
  const maxDepth = limits.maxDepth ?? MAX_PAYLOAD_DEPTH;
  const maxBytes = limits.maxBytes ?? Number.POSITIVE_INFINITY;
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      return { kind: 'type', type: typeof value };
    return primitiveBytes(value) > maxBytes ? { kind: 'size', atLeastBytes: primitiveBytes(value) } : null;
  }
  // height: VISITING while on the stack (a repeat then is a cycle); bytes: memoised subtree size.
  const height = new Map<object, number>();
  const bytes = new Map<object, number>();
  type Frame = { node: object; children: unknown[]; next: number; depth: number };
  const childrenOf = (o: object): unknown[] => (Array.isArray(o) ? o : Object.values(o));
  const root = value as object;
  if (!isPlainData(root)) return { kind: 'type', type: kindOf(root) };
  const stack: Frame[] = [{ node: root, children: childrenOf(root), next: 0, depth: 1 }];
  height.set(root, VISITING);
  if (maxDepth < 1) return { kind: 'depth', maxDepth };
  while (stack.length) {
    const f = stack[stack.length - 1];
    if (f.next < f.children.length) {
      const child = f.children[f.next++];
      if (child === null || typeof child !== 'object') {
        if (typeof child === 'function' || typeof child === 'symbol' || typeof child === 'bigint')
          return { kind: 'type', type: typeof child };
        continue;
      }
      if (!isPlainData(child)) return { kind: 'type', type: kindOf(child) };
      const known = height.get(child);
      if (known === VISITING) return { kind: 'cycle' };
      if (known !== undefined) {
        if (f.depth + known > maxDepth) return { kind: 'depth', maxDepth };
        continue;
      }
      if (f.depth + 1 > maxDepth) return { kind: 'depth', maxDepth };
      height.set(child, VISITING);
      stack.push({ node: child, children: childrenOf(child), next: 0, depth: f.depth + 1 });
      continue;
    }
    // All children done: this node's height and size are known.
    stack.pop();
    let h = 1;
    let size = 2; // brackets
    const keys = Array.isArray(f.node) ? null : Object.keys(f.node);
    for (let i = 0; i < f.children.length; i++) {
      const c = f.children[i];
      if (c !== null && typeof c === 'object') {
        h = Math.max(h, 1 + (height.get(c) as number));
        size += bytes.get(c) as number;
      } else size += primitiveBytes(c);
      size += (i > 0 ? 1 : 0) + (keys ? keys[i].length + 3 : 0); // comma, "key":
    }
    if (size > maxBytes) return { kind: 'size', atLeastBytes: size };
    height.set(f.node, h);
    bytes.set(f.node, size);
  }
  return null;
}

/** The message a caller shows for a shape problem. */
export function describeShapeProblem(p: ShapeProblem): string {
  switch (p.kind) {
    case 'depth':
      return `the payload is nested more than ${p.maxDepth} levels deep`;
    case 'cycle':
      return 'the payload refers to itself (a cycle)';
    case 'size':
      return `the payload is at least ${p.atLeastBytes} bytes`;
    case 'type':
      return `the payload contains a ${p.type}, which is not data`;
  }
}
