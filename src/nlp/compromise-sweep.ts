/**
 * compromise's post-tagger runs a few thousand match patterns over every sentence, and before matching it
 * picks the patterns worth trying: those hooked on a word or tag the sentence has. Its own selection walks
 * every hook key of the whole pattern net for every sentence (and copies the key list each time), which is
 * most of the cost of tagging a short text such as a question. This selection walks the sentence's own
 * words and tags instead, and keeps the net's key order, so the same patterns are tried in the same order,
 * and the tags come out the same (checked in test/nlp/compromise-sweep.test.ts). It is installed through
 * compromise's plugin interface as the `bulkMatch` method the sweep calls.
 */

interface Pattern {
  match: unknown;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

interface Found {
  ptrs: number[][];
}

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], pattern: Pattern): Found;
  };
}

// each net's hook keys with their position, made once: a net is built once and never changed
const keyOrders = new WeakMap<Net, Map<string, number>>();

function keyOrderOf(net: Net): Map<string, number> {
  let order = keyOrders.get(net);
  if (!order) {
    order = new Map(Object.keys(net.hooks).map((key, i) => [key, i]));
    keyOrders.set(net, order);
  }
  return order;
}

/** The patterns to try on one sentence, in the order compromise tries them. */
function candidatesFor(net: Net, order: Map<string, number>, haves: Set<string>, words: number): Pattern[] {
  const keys: string[] = [];
  for (const key of haves) if (order.has(key)) keys.push(key);
  keys.sort((a, b) => order.get(a)! - order.get(b)!);
  // a pattern hooked on several of the sentence's keys is tried once, where its first key puts it
  const seen = new Set<string>();
  const hooked: Pattern[] = [];
  for (const key of keys)
    for (const pattern of net.hooks[key]!) {
      const id = String(pattern.match);
      if (seen.has(id)) continue;
      seen.add(id);
      hooked.push(pattern);
    }
  const worth = hooked.filter(
    (p) =>
      p.needs.every((need) => haves.has(need)) &&
      !p.ifNo?.some((no) => haves.has(no)) &&
      (p.wants.length === 0 || p.wants.filter((want) => haves.has(want)).length >= p.minWant),
  );
  return (net.always.length > 0 ? worth.concat(net.always) : worth).filter((p) => words >= p.minWords);
}

/** compromise's `methods.one.bulkMatch(document, net, methods, opts)`: every match of the net's patterns. */
export function bulkMatch(
  document: unknown[][],
  net: Net,
  methods: SweepMethods,
  opts: { matchOne?: boolean } = {},
): (Pattern & { pointer: number[] })[] {
  const order = keyOrderOf(net);
  const docCache = methods.one.cacheDoc(document);
  const results: (Pattern & { pointer: number[] })[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const pattern of candidatesFor(net, order, docCache[n]!, document[n]!.length)) {
      const found = methods.one.match([document[n]!], pattern);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        const todo = Object.assign({}, pattern, { pointer });
        if (pattern.unTag !== undefined) todo.unTag = pattern.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
