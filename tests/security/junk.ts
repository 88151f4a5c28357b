import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Payloads a compromised or buggy renderer could send over IPC: anything at all, wrong types in
 * the right places, huge strings, nested junk, bytes where text is expected and text where bytes are.
 */

const hugeString = fc.integer({ min: 65_536, max: 400_000 }).map((n) => 'x'.repeat(n));

const specialValues = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  2 ** 53 + 2,
  -1,
  1.5,
  '',
  '\u0000',
  'a\u0000b.pdf',
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32\\drivers\\etc\\hosts',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x.pdf',
  'file:///etc/passwd',
  '__proto__',
  'constructor',
  '\u202e.pdf.exe',
  null,
  undefined,
  true,
  false,
);

const oddObjects = fc.constantFrom<() => unknown>(
  () => new Date(Number.NaN),
  () => new Map([['a', 1]]),
  () => new Set([1]),
  () => Object.create(null) as object,
  () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
  () => new ArrayBuffer(8),
  () => new DataView(new ArrayBuffer(4)),
  () => new Float64Array([1, 2]),
  () => new Uint16Array([1, 2]),
  () => new Uint8ClampedArray([1, 2]),
  () => BigInt(7),
  () => Symbol('s'),
  () => () => 'function',
  () => new Error('boom'),
  () => Promise.resolve(1),
  // eslint-disable-next-line no-sparse-arrays -- holes are the point
  () => [, , 1],
).map((make) => make());

/** Anything, biased towards what breaks validators. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true }) },
  { weight: 2, arbitrary: specialValues },
  { weight: 2, arbitrary: oddObjects },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.array(fc.uint8Array({ maxLength: 4 }), { maxLength: 3 }) },
);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

/** Calls visit(key, valueSchema) for every object key anywhere inside a zod 4 schema. */
export function walkObjectKeys(schema: unknown, visit: (key: string, value: z.ZodType) => void, seen = new Set<unknown>()): void {
  const def = defOf(schema);
  if (!def || seen.has(schema)) return;
  seen.add(schema);
  const children: unknown[] = [];
  if (def.type === 'object') {
    for (const [key, value] of Object.entries(def['shape'] as Record<string, z.ZodType>)) {
      visit(key, value);
      children.push(value);
    }
  }
  for (const field of ['innerType', 'element', 'left', 'right', 'in', 'out', 'keyType', 'valueType', 'rest']) if (def[field]) children.push(def[field]);
  for (const field of ['options', 'items']) if (Array.isArray(def[field])) children.push(...(def[field] as unknown[]));
  if (def.type === 'lazy' && typeof def['getter'] === 'function') children.push((def['getter'] as () => unknown)());
  for (const child of children) walkObjectKeys(child, visit, seen);
}

/** The keys of an input schema's objects, so shaped payloads put junk where real fields go. */
export function keysOf(schema: unknown): string[] {
  const keys = new Set<string>();
  walkObjectKeys(schema, (key) => keys.add(key));
  return [...keys];
}

/**
 * Objects built from the schema's own keys (any subset, nested in each other and in arrays) holding
 * junk, sometimes with extra keys: close enough to the real shape to get past the first checks.
 */
export function shapedJunk(schema: unknown): fc.Arbitrary<unknown> {
  const keys = keysOf(schema);
  if (keys.length === 0) return junk;
  const { node } = fc.letrec((tie) => ({
    node: fc.record(
      Object.fromEntries(keys.map((k) => [k, fc.oneof({ maxDepth: 2, depthIdentifier: 'shaped' }, { weight: 6, arbitrary: junk }, { weight: 1, arbitrary: tie('node') }, { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 2 }) })])),
      { requiredKeys: [] },
    ),
  }));
  return fc.oneof(
    node,
    fc.tuple(node, fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 3 })).map(([a, b]) => ({ ...b, ...(a as object) })),
    fc.array(node, { maxLength: 3 }),
  );
}

/** Every payload the fuzz tests send: raw junk and junk in the contract's shape. */
export function payloadsFor(schema: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(junk, shapedJunk(schema));
}
