/**
 * The one dataset shape every generator and loader returns, and that the engine consumes.
 * `x` is row-major n×dims: sample i, feature j is x[i * dims + j].
 */
export interface Dataset {
  x: Float32Array;
  /** Class labels 0..classes−1, one per row. */
  y: Uint8Array;
  n: number;
  dims: number;
  classes: number;
}

/** A train/test pair (see `splitTrainTest`). */
export interface Split {
  train: Dataset;
  test: Dataset;
}
