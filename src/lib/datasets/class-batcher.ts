/**
 * Mini-batches that are not i.i.d.: each one drawn from only `k` classes (the analogue, on a
 * classifier, of Wu & He 2018's finding that BN fails in a detector's box head, whose batch holds the
 * regions of one image, §4.2 and Table 5). The classes come k at a time from a seeded shuffle of all
 * classes, reshuffled when used up, so that every class is drawn equally often; each batch takes
 * ⌊b/k⌋ examples from each of its classes (the first b mod k of them one more), from that class's own
 * shuffled queue, reshuffled when used up. With k = classes every batch is stratified, not random.
 */
import { createRng, deriveSeed, type Rng } from '../random';
import type { Dataset } from './types';

export class ClassBatcher {
  readonly batchSize: number;
  readonly classesPerBatch: number;
  private readonly rng: Rng;
  private readonly byClass: Uint32Array[];
  private readonly queues: { order: Uint32Array; pos: number }[];
  private classOrder: Uint32Array;
  private classPos = 0;
  private readonly out: Uint32Array;

  constructor(data: Pick<Dataset, 'y' | 'n' | 'classes'>, batchSize: number, classesPerBatch: number, seed: number) {
    const present = Array.from({ length: data.classes }, (_, c) => c).filter((c) => data.y.some((y) => y === c));
    if (!Number.isInteger(classesPerBatch) || classesPerBatch < 1 || classesPerBatch > present.length) {
      throw new Error(`the classes per batch must be an integer from 1 to ${present.length}; got ${classesPerBatch}`);
    }
    if (!Number.isInteger(batchSize) || batchSize < classesPerBatch) {
      throw new Error(`the batch size must be an integer of at least ${classesPerBatch}; got ${batchSize}`);
    }
    this.batchSize = batchSize;
    this.classesPerBatch = classesPerBatch;
    this.rng = createRng(deriveSeed(seed, 'class-batches'));
    this.byClass = present.map((c) => Uint32Array.from(Array.from({ length: data.n }, (_, i) => i).filter((i) => data.y[i] === c)));
    this.queues = this.byClass.map((rows) => ({ order: this.shuffled(rows), pos: 0 }));
    this.classOrder = this.rng.permutation(present.length);
    this.out = new Uint32Array(batchSize);
  }

  private shuffled(rows: Uint32Array): Uint32Array {
    const perm = this.rng.permutation(rows.length);
    return perm.map((j) => rows[j]);
  }

  /** The next class (an index into the present classes), from the shuffled order. */
  private nextClass(): number {
    if (this.classPos === this.classOrder.length) {
      this.classOrder = this.rng.permutation(this.classOrder.length);
      this.classPos = 0;
    }
    return this.classOrder[this.classPos++];
  }

  private take(c: number): number {
    const q = this.queues[c];
    if (q.pos === q.order.length) {
      q.order = this.shuffled(this.byClass[c]);
      q.pos = 0;
    }
    return q.order[q.pos++];
  }

  /** Row indices of the next mini-batch (a view; copy it if you keep it past the next call). */
  next(): Uint32Array {
    const k = this.classesPerBatch;
    const classes = new Set<number>();
    // Distinct classes: a reshuffle may bring back one already in this batch; skip it.
    while (classes.size < k) classes.add(this.nextClass());
    const share = Math.floor(this.batchSize / k);
    let pos = 0;
    [...classes].forEach((c, j) => {
      for (let s = 0; s < share + (j < this.batchSize % k ? 1 : 0); s++) this.out[pos++] = this.take(c);
    });
    return this.out;
  }
}
