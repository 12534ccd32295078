import { describe, expect, it } from 'vitest';
import { previewOf, scatterPreview, shipPreview } from '~/lib/experiments/preview';
import * as bnVsSinBn from '~/lib/experiments/bn-vs-sin-bn';
import * as escala from '~/lib/experiments/escala-entradas';

const cases = [
  ['bn-vs-sin-bn', bnVsSinBn.buildSpec(bnVsSinBn.DEFAULTS).dataset],
  ['escala-entradas', escala.buildSpec(escala.DEFAULTS).dataset],
] as const;

describe('shipped previews', () => {
  it.each(cases)('%s: what the page ships is, bit for bit, what the island would compute', (_, dataset) => {
    const shipped = JSON.parse(JSON.stringify(shipPreview(dataset)));
    const got = previewOf(dataset, shipped);
    const want = scatterPreview(dataset);
    expect(got.points.xy).toEqual(want.points.xy);
    expect(got.points.labels).toEqual(want.points.labels);
    expect(got.extent).toEqual(want.extent);
    expect(got.points.xy.length).toBeGreaterThan(100);
  });

  it('is used only for the dataset it was made from', () => {
    const dataset = bnVsSinBn.buildSpec(bnVsSinBn.DEFAULTS).dataset;
    const other = { ...dataset, seed: dataset.seed + 1 };
    const got = previewOf(other, shipPreview(dataset));
    expect(got.points.xy).toEqual(scatterPreview(other).points.xy);
    expect(got.points.xy).not.toEqual(scatterPreview(dataset).points.xy);
  });

  it('each demo keeps its own preview as before', () => {
    expect(bnVsSinBn.preview(bnVsSinBn.DEFAULTS)).toEqual(scatterPreview(cases[0][1]));
    expect(escala.preview(escala.DEFAULTS)).toEqual(scatterPreview(cases[1][1]));
  });
});
