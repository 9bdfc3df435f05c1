// Text that replies show but lookups never touch (summaries, evidence sentences, citations) kept as
// UTF-8 bytes outside the JavaScript heap. A million records hold hundreds of megabytes of such
// prose; as JavaScript strings it costs a header per string and two bytes per character as soon as
// a text has one curly quote, as bytes it costs one byte per character of most text.

import { IntList } from '../util/int-list.js';

const CHUNK_BYTES = 16 * 1024 * 1024;
/** Marks a slot that holds no value (an optional field left out). */
const ABSENT = -1;

/**
 * Append-only storage of strings addressed by slot number. A record keeps the number of its first
 * slot and reads its values back when a reply needs them.
 */
export class ColdStore {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(0);
  private used = 0;
  /** Per slot: its chunk, its first byte in the chunk, and its byte length (ABSENT for none). */
  private readonly chunkOf = new IntList();
  private readonly startOf = new IntList();
  private readonly lengthOf = new IntList();

  /** `chunkBytes`: the size of each buffer values are written into (smaller only in tests). */
  constructor(private readonly chunkBytes = CHUNK_BYTES) {}

  /** The number of the slot the next value goes to. */
  get nextSlot(): number {
    return this.lengthOf.length;
  }

  /** Stores one value (or its absence) in the next slot. */
  add(value: string | undefined): void {
    if (value === undefined) {
      this.chunkOf.push(0);
      this.startOf.push(0);
      this.lengthOf.push(ABSENT);
      return;
    }
    // At most three bytes per UTF-16 code unit, so this much room always suffices.
    const worst = value.length * 3;
    if (this.used + worst > this.chunk.length) this.grow(worst);
    const written = this.chunk.write(value, this.used, 'utf8');
    this.chunkOf.push(this.chunks.length - 1);
    this.startOf.push(this.used);
    this.lengthOf.push(written);
    this.used += written;
  }

  /** Stores each value of a list in consecutive slots. */
  addAll(values: readonly string[]): void {
    for (const value of values) this.add(value);
  }

  get(slot: number): string | undefined {
    const length = this.lengthOf.at(slot);
    if (length === ABSENT) return undefined;
    const start = this.startOf.at(slot);
    return this.chunks[this.chunkOf.at(slot)]!.toString('utf8', start, start + length);
  }

  /** `count` consecutive values from `slot` (none of them absent). */
  list(slot: number, count: number): string[] {
    const values = new Array<string>(count);
    for (let i = 0; i < count; i++) values[i] = this.get(slot + i) ?? '';
    return values;
  }

  /** Bytes held outside the heap. */
  get bytes(): number {
    return this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  }

  private grow(atLeast: number): void {
    this.chunk = Buffer.allocUnsafeSlow(Math.max(this.chunkBytes, atLeast));
    this.chunks.push(this.chunk);
    this.used = 0;
  }

  /** Gives back the unused tail of the last chunk once everything is stored. */
  seal(): void {
    if (this.chunks.length === 0) return;
    this.chunk = Buffer.from(this.chunk.subarray(0, this.used));
    this.chunks[this.chunks.length - 1] = this.chunk;
  }
}
