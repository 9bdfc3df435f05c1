// Folded full names and aliases -> the documents bearing them, for exact matches. Keyed by a hash of
// the folded name, not the name: at a million records, a folded copy of every title would cost more
// than the postings. A hash can collide, so a hit is confirmed against the document's own names.

/** 30 bits of FNV-1a: small enough to stay a V8 small integer as a Map key. */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

export class ExactNames {
  /** One document (the usual case) as a number; several as an ascending array. */
  private readonly byHash = new Map<number, number | number[]>();

  /** Files document `doc` under a folded name; documents are added in ascending order. */
  add(key: string, doc: number): void {
    this.addHash(hashOf(key), doc);
  }

  /** Files document `doc` under the hash of a folded name (`hashOf`); ascending order, as `add`. */
  addHash(hash: number, doc: number): void {
    const held = this.byHash.get(hash);
    if (held === undefined) this.byHash.set(hash, doc);
    else if (typeof held === 'number') {
      if (held !== doc) this.byHash.set(hash, [held, doc]);
    } else if (held[held.length - 1] !== doc) held.push(doc);
  }

  /**
   * The documents bearing the folded name; `bears(doc)` confirms one (it is asked only on a hash
   * hit, so almost only of documents that do bear it).
   */
  find(key: string, bears: (doc: number) => boolean): number[] {
    const held = this.byHash.get(hashOf(key));
    if (held === undefined) return [];
    return (typeof held === 'number' ? [held] : held).filter(bears);
  }
}
