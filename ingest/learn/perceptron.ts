// A binary averaged perceptron over sparse binary features (feature names). Deterministic: the
// examples are visited in an order shuffled by a fixed seed, for a fixed number of epochs, and the
// averaged weights are returned with keys sorted.

export interface Example {
  readonly features: readonly string[];
  /** True for a positive example. */
  readonly label: boolean;
}

export type Weights = Readonly<Record<string, number>>;

export function scoreOf(weights: Weights, features: readonly string[]): number {
  let sum = 0;
  for (const f of features) sum += weights[f] ?? 0;
  return sum;
}

/** A small linear congruential generator: the same order on every run and every machine. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly seed?: number;
  /** The margin an example must clear not to count as a mistake. */
  readonly margin?: number;
}

/** Averaged perceptron weights for `examples`, rounded to four decimals, keys sorted. */
export function trainPerceptron(examples: readonly Example[], options: TrainOptions = {}): Weights {
  const { epochs = 10, seed = 13, margin = 0 } = options;
  const w = new Map<string, number>();
  // The sum over time of each weight, kept lazily: u holds Σ t·Δw, so the average is w − u/t.
  const u = new Map<string, number>();
  let t = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of shuffled(examples, seed + epoch)) {
      const y = ex.label ? 1 : -1;
      let score = 0;
      for (const f of ex.features) score += w.get(f) ?? 0;
      if (y * score <= margin)
        for (const f of ex.features) {
          w.set(f, (w.get(f) ?? 0) + y);
          u.set(f, (u.get(f) ?? 0) + y * t);
        }
      t++;
    }
  }
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const avg = Math.round(((w.get(f) ?? 0) - (u.get(f) ?? 0) / t) * 1e4) / 1e4;
    if (avg !== 0) out[f] = avg;
  }
  return out;
}
