/**
 * Demo `bn-paso-a-paso`: one BN layer applied by hand to a small editable mini-batch (m samples ×
 * d features). This module holds the demo's settings (URL schema), how a random batch is drawn, how a
 * typed cell is read, and the demo's state transitions. The maths itself is the reference BN in
 * ../batchnorm.ts. Plain data and functions: no framework, no DOM; every function returns new state.
 *
 * Running statistics follow PyTorch's convention (momentum = weight of the new batch, unbiased
 * variance stored). A batch is folded into them once, when the reader moves on to the next batch in
 * training mode, with the values it had then; eval mode never updates them.
 */
import {
  bnForwardEval,
  bnForwardTrain,
  batchMoments,
  createRunningStats,
  equivalentMomentum,
  updateRunningStats,
  PYTORCH_DEFAULTS,
  type BNOutput,
  type RunningStats,
} from '../batchnorm';
import { defaultSettings, defineSchema, type SettingsOf } from '../query';
import { createRng, deriveSeed } from '../random';

export const DEMO_NAME = 'bn-paso-a-paso';
/** Samples per batch (rows) and features (columns). */
export const M = 6;
export const D = 3;
export const EPS = PYTORCH_DEFAULTS.eps;
/** Limits for typed values, γ and β (the sliders' ranges). */
export const VALUE_LIMIT = 1e6;
export const GAMMA_RANGE = { min: 0, max: 3, step: 0.1 } as const;
export const BETA_RANGE = { min: -3, max: 3, step: 0.1 } as const;
export const MOMENTUM_CHOICES: readonly number[] = [0.01, 0.1, 0.3, 0.5, 1];

/**
 * The population each feature is drawn from (normal). Deliberately different scales, so the reader
 * sees BN bring each column, separately, to mean 0 and variance 1.
 */
export const POPULATION: readonly { mean: number; std: number }[] = [
  { mean: 5, std: 2 },
  { mean: -3, std: 0.5 },
  { mean: 40, std: 10 },
];

export const MODES = ['train', 'eval'] as const;
export type Mode = (typeof MODES)[number];

/** URL preset: `?demo=bn-paso-a-paso&seed=7&momentum=0.3&mode=eval`. */
export const SCHEMA = defineSchema({
  /** Seed of the sequence of random batches. */
  seed: { kind: 'integer', min: 0, max: 1_000_000, default: 1 },
  /** Momentum in PyTorch's convention (new-batch weight); Keras/TF.js call 1 − momentum the same thing. */
  momentum: { kind: 'number', min: 0.01, max: 1, default: PYTORCH_DEFAULTS.momentum },
  mode: { kind: 'enum', values: MODES, default: 'train' },
});
export type BnPasoSettings = SettingsOf<typeof SCHEMA>;
export const DEFAULTS: BnPasoSettings = defaultSettings(SCHEMA);

/** Batch number `index` of the sequence for `seed`: M×D values, row-major, rounded to one decimal. */
export function randomBatch(seed: number, index: number): number[] {
  const rng = createRng(deriveSeed(seed, 'bn-paso-a-paso', index));
  const out: number[] = [];
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < D; j++) out.push(Math.round(rng.normal(POPULATION[j].mean, POPULATION[j].std) * 10) / 10);
  }
  return out;
}

export type CellProblem = 'empty' | 'nan' | 'range';
export type CellReading = { ok: true; value: number } | { ok: false; problem: CellProblem };

const NUMBER_RE = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;

/** Read a typed cell: accepts a decimal comma or point; rejects empty, non-numbers and |v| > VALUE_LIMIT. */
export function readCell(text: string): CellReading {
  const t = text.trim().replace('−', '-');
  if (t === '') return { ok: false, problem: 'empty' };
  if (!NUMBER_RE.test(t)) return { ok: false, problem: 'nan' };
  const v = Number(t.replace(',', '.'));
  if (!Number.isFinite(v) || Math.abs(v) > VALUE_LIMIT) return { ok: false, problem: 'range' };
  return { ok: true, value: v };
}

export interface BnPasoState {
  seed: number;
  momentum: number;
  mode: Mode;
  /** Index of the batch on screen in the random sequence. */
  batchIndex: number;
  /** What the reader typed, per cell (row-major M×D). */
  texts: string[];
  /** The value used per cell: the last valid one when the typed text is not a number. */
  values: number[];
  gamma: number[];
  beta: number[];
  /** Running statistics of the batches already passed in training mode (PyTorch convention). */
  running: { mean: number[]; variance: number[]; batches: number };
}

/** How a drawn value is written in its cell: Spanish decimal comma (either separator may be typed). */
function formatCell(v: number): string {
  return String(v).replace('.', ',');
}

export function initialState(s: BnPasoSettings): BnPasoState {
  const values = randomBatch(s.seed, 0);
  return {
    seed: s.seed,
    momentum: s.momentum,
    mode: s.mode,
    batchIndex: 0,
    texts: values.map(formatCell),
    values,
    gamma: Array(D).fill(1),
    beta: Array(D).fill(0),
    running: { mean: Array(D).fill(0), variance: Array(D).fill(1), batches: 0 },
  };
}

/** The reader typed `text` in cell k: keep the text, use it if valid, otherwise keep the last valid value. */
export function editCell(s: BnPasoState, k: number, text: string): BnPasoState {
  if (!(k >= 0 && k < M * D)) return s;
  const texts = s.texts.slice();
  texts[k] = text;
  const r = readCell(text);
  if (!r.ok) return { ...s, texts };
  const values = s.values.slice();
  values[k] = r.value;
  return { ...s, texts, values };
}

/** Cells whose text is not a valid number, with the reason. */
export function cellProblems(s: BnPasoState): { k: number; problem: CellProblem }[] {
  const out: { k: number; problem: CellProblem }[] = [];
  s.texts.forEach((t, k) => {
    const r = readCell(t);
    if (!r.ok) out.push({ k, problem: r.problem });
  });
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo;
}

export function setGamma(s: BnPasoState, j: number, v: number): BnPasoState {
  const gamma = s.gamma.slice();
  gamma[j] = clamp(v, GAMMA_RANGE.min, GAMMA_RANGE.max);
  return { ...s, gamma };
}

export function setBeta(s: BnPasoState, j: number, v: number): BnPasoState {
  const beta = s.beta.slice();
  beta[j] = clamp(v, BETA_RANGE.min, BETA_RANGE.max);
  return { ...s, beta };
}

export function setMode(s: BnPasoState, mode: Mode): BnPasoState {
  return { ...s, mode };
}

export function setMomentum(s: BnPasoState, momentum: number): BnPasoState {
  return { ...s, momentum: clamp(momentum, SCHEMA.momentum.min, SCHEMA.momentum.max) };
}

function toRunningStats(s: BnPasoState): RunningStats {
  const r = createRunningStats(D, 'pytorch', s.momentum, true);
  r.mean.set(s.running.mean);
  r.variance.set(s.running.variance);
  r.batches = s.running.batches;
  return r;
}

/** The running statistics after folding the batch on screen in (what moving on in training mode does). */
export function runningAfterThisBatch(s: BnPasoState): BnPasoState['running'] {
  const r = toRunningStats(s);
  const { mean, variance } = batchMoments(Float32Array.from(s.values), M, D);
  updateRunningStats(r, mean, variance, M);
  return { mean: Array.from(r.mean), variance: Array.from(r.variance), batches: r.batches };
}

/**
 * Move on to the next random batch. In training mode the batch on screen has just been through the
 * layer, so it is folded into the running statistics first; in eval mode nothing is updated.
 */
export function nextBatch(s: BnPasoState, count = 1): BnPasoState {
  let st = s;
  for (let c = 0; c < count; c++) {
    const running = st.mode === 'train' ? runningAfterThisBatch(st) : st.running;
    const values = randomBatch(st.seed, st.batchIndex + 1);
    st = { ...st, running, batchIndex: st.batchIndex + 1, values, texts: values.map(formatCell) };
  }
  return st;
}

/** Forget the running statistics (back to mean 0, variance 1, no batches seen). */
export function resetRunning(s: BnPasoState): BnPasoState {
  return { ...s, running: { mean: Array(D).fill(0), variance: Array(D).fill(1), batches: 0 } };
}

/** The layer's forward pass on the batch on screen, in the current mode. */
export function forward(s: BnPasoState): BNOutput {
  const x = Float32Array.from(s.values);
  const params = { gamma: Float32Array.from(s.gamma), beta: Float32Array.from(s.beta), eps: EPS };
  if (s.mode === 'train') return bnForwardTrain(x, M, params);
  return bnForwardEval(x, M, params, {
    mean: Float32Array.from(s.running.mean),
    variance: Float32Array.from(s.running.variance),
  });
}

/** The same momentum in Keras/TF.js's convention (weight of the old estimate): 0.1 ↔ 0.9. */
export function kerasMomentum(s: Pick<BnPasoState, 'momentum'>): number {
  return equivalentMomentum(s.momentum);
}

function rows(flat: ArrayLike<number>): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < M; i++) out.push(Array.from({ length: D }, (_, j) => flat[i * D + j]));
  return out;
}

/** The demo's `data-metrics` object (DESIGN.md §1 plus the batch and output, for tests and curious readers). */
export function metrics(s: BnPasoState, out: BNOutput = forward(s)) {
  const { mean, variance } = batchMoments(Float32Array.from(s.values), M, D);
  return {
    mode: s.mode,
    /** Batch mean and BIASED batch variance per feature (what training mode normalises with). */
    mean: Array.from(mean),
    var: Array.from(variance),
    runningMean: s.running.mean.slice(),
    runningVar: s.running.variance.slice(),
    gamma: s.gamma.slice(),
    beta: s.beta.slice(),
    batches: s.running.batches,
    momentum: s.momentum,
    kerasMomentum: kerasMomentum(s),
    eps: EPS,
    x: rows(s.values),
    y: rows(out.y),
    invalidCells: cellProblems(s).length,
  };
}
