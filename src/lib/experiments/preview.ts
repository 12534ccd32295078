/**
 * What a 2-D demo plots before its first run: the test points of the same seeded split the worker
 * will train on, and the decision map's extent (the worker sends the real ones when a run starts).
 *
 * The page also ships the preview of a demo's default settings with its HTML (the island's
 * server-rendered props, as plain JSON): computing it is a third of an island's hydration on a slow
 * phone (13–22 ms of 40–68 ms at 4× CPU slowdown, BENCHMARKS.md), and the reader who changes nothing
 * never needs it computed. A shipped preview is used only for the dataset it was made from.
 */
import { makeSplit } from '../datasets';
import { decisionGrid } from '../decision-grid';
import type { DatasetSpec } from './types';

export interface ScatterPreview {
  points: { xy: Float32Array; labels: Uint8Array };
  extent: [number, number, number, number];
}

/**
 * A preview as JSON: the dataset spec it was made from, and its arrays' bytes in base64 (2 KB for
 * 180 points, where a list of numbers in Astro's props format takes 10 KB).
 */
export interface ShippedPreview {
  dataset: string;
  xy: string;
  labels: string;
  extent: [number, number, number, number];
}

export function scatterPreview(dataset: DatasetSpec): ScatterPreview {
  const split = makeSplit(dataset);
  const { extent } = decisionGrid([split.train, split.test], 1);
  return { points: { xy: split.test.x, labels: split.test.y }, extent };
}

const keyOf = (dataset: DatasetSpec) => JSON.stringify(dataset);

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The bytes travel as they are (little-endian float32, as on every platform a browser runs on). */
export function shipPreview(dataset: DatasetSpec): ShippedPreview {
  const { points, extent } = scatterPreview(dataset);
  const bytes = new Uint8Array(points.xy.buffer, points.xy.byteOffset, points.xy.byteLength);
  return { dataset: keyOf(dataset), xy: toBase64(bytes), labels: toBase64(points.labels), extent };
}

/** The shipped preview when it is of this dataset, else one computed now. */
export function previewOf(dataset: DatasetSpec, shipped?: ShippedPreview): ScatterPreview {
  if (!shipped || shipped.dataset !== keyOf(dataset)) return scatterPreview(dataset);
  const xy = new Float32Array(fromBase64(shipped.xy).buffer);
  return { points: { xy, labels: fromBase64(shipped.labels) }, extent: shipped.extent };
}
