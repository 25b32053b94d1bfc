/** Evaluation order, or the first dependency cycle found (indices, the first repeated at the end). */
export type OrderResult = { ok: true; order: number[] } | { ok: false; cycle: number[] };

/**
 * Orders nodes 0..n−1 so every node comes after the nodes it depends on (same-year reads), keeping plan
 * order where the dependencies allow (depth-first, post-order). `deps[i]` lists what node i reads.
 * A cycle is returned as a path a → b → … → a so the message can name every member.
 */
export function dependencyOrder(deps: readonly (readonly number[])[]): OrderResult {
  const n = deps.length;
  const state = new Uint8Array(n);
  const order: number[] = [];
  const stack: number[] = [];
  const found: { cycle: number[] | null } = { cycle: null };
  const visit = (i: number): void => {
    if (found.cycle) return;
    if (state[i] === 2) return;
    if (state[i] === 1) {
      const from = stack.indexOf(i);
      found.cycle = [...stack.slice(from), i];
      return;
    }
    state[i] = 1;
    stack.push(i);
    for (const d of deps[i] ?? []) visit(d);
    stack.pop();
    state[i] = 2;
    order.push(i);
  };
  for (let i = 0; i < n && !found.cycle; i++) visit(i);
  return found.cycle ? { ok: false, cycle: found.cycle } : { ok: true, order };
}
