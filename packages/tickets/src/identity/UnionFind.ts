/**
 * Disjoint sets of string ids with path compression. The smaller id of two roots becomes the
 * root, so the sets and their roots do not depend on the order of unions.
 *
 * @internal Not part of the public surface.
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** The root of `x`'s set (`x` itself when it was never joined). */
  find(x: string): string {
    let root = x;
    for (
      let up = this.parent.get(root);
      up !== undefined && up !== root;
      up = this.parent.get(root)
    ) {
      root = up;
    }
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) as string;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  /** Join the sets of `a` and `b`. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }

  /** Join every id of a list into one set. */
  unionAll(ids: readonly string[]): void {
    for (let i = 1; i < ids.length; i++) this.union(ids[0] as string, ids[i] as string);
  }

  /** The ids grouped by root, each group in the order of `ids`. */
  groups(ids: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const id of ids) {
      const root = this.find(id);
      const group = out.get(root);
      if (group) group.push(id);
      else out.set(root, [id]);
    }
    return out;
  }
}
