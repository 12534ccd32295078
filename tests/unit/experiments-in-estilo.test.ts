/** The `in-estilo` demo's specs and readings (src/lib/experiments/in-estilo.ts) and AdaIN in pixel space (src/lib/adain.ts). */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config';
import { adain, channelStats, colourDigit, COLOUR_PRESETS, rgbaOf, SAMPLE_DIGITS } from '../../src/lib/adain';
import { bmpDataUrl } from '../../src/lib/bmp';
import * as ie from '../../src/lib/experiments/in-estilo';

describe('in-estilo', () => {
  it('one stack per situation with the same weights; BN and IN on the input only, normalising models first', () => {
    const specs = ie.buildSpecs(ie.DEFAULTS);
    expect(specs.map((s) => s.dataset.tint)).toEqual([
      { train: 'gray', test: 'gray' },
      { train: 'gray', test: 'tinted' },
      { train: 'label', test: 'label' },
    ]);
    for (const s of specs) {
      expect(s.sameInit).toBe(true);
      expect(s.models.map((m) => [m.id, m.norm.kind, m.inputNorm ?? null])).toEqual([
        ['bn', 'none', true],
        ['in', 'none', { kind: 'group', groups: 3 }],
        ['none', 'none', null],
      ]);
    }
  });

  it('every spec is one the engine accepts, for 192 colour inputs and for 3 or 10 classes', () => {
    for (const width of ie.SCHEMA.width.choices!)
      for (const [i, spec] of ie.buildSpecs({ ...ie.DEFAULTS, width }).entries()) {
        const cfg = resolveConfig(spec, { inputDims: 192, classes: i === 2 ? 3 : 10, nTrain: 1257, nTest: 540 });
        expect(cfg.inputNorm[1]).toEqual({ kind: 'group', position: 'before', groups: 3 });
      }
  });

  it('accuracies by situation, null where a stack has not finished', () => {
    const acc = ie.accuraciesOf([
      { none: 0.9, bn: 0.95, in: 0.96 },
      { none: 0.8, bn: 0.2, in: 0.96 },
    ]);
    expect(acc).toEqual({ none: [0.9, 0.8, null], bn: [0.95, 0.2, null], in: [0.96, 0.96, null] });
  });
});

describe('AdaIN in pixel space', () => {
  const content = colourDigit(SAMPLE_DIGITS['0'], COLOUR_PRESETS.verde.paper, COLOUR_PRESETS.verde.ink);
  const style = colourDigit(SAMPLE_DIGITS['5'], COLOUR_PRESETS.rosa.paper, COLOUR_PRESETS.rosa.ink);

  it("gives the content's shape the style's mean and deviation in every channel", () => {
    const out = adain(content, style, 3);
    const [o, s] = [channelStats(out, 3), channelStats(style, 3)];
    for (let c = 0; c < 3; c++) {
      expect(o.mean[c]).toBeCloseTo(s.mean[c], 6);
      expect(o.std[c]).toBeCloseTo(s.std[c], 3); // ε inside both roots: equal to about 1e-4
    }
    // The shape is the content's: each channel is an increasing affine map of the grey 0.
    const g = SAMPLE_DIGITS['0'];
    for (let c = 0; c < 3; c++) {
      const ch = out.subarray(c * 64, c * 64 + 64);
      for (let p = 1; p < 64; p++) if (g[p] > g[0]) expect(ch[p]).toBeGreaterThan(ch[0]);
    }
  });

  it('AdaIN of an image with itself is the image; a colour preset is paper where the digit is 0 and ink where it is 16', () => {
    const same = adain(content, content, 3);
    for (let i = 0; i < content.length; i++) expect(same[i]).toBeCloseTo(content[i], 6);
    const { paper, ink } = COLOUR_PRESETS.cian;
    const img = colourDigit([0, 16], paper, ink);
    expect(Array.from(img)).toEqual([paper[0], ink[0], paper[1], ink[1], paper[2], ink[2]]);
  });

  it('an image becomes RGBA bytes clamped to 0..255 and a BMP data URL', () => {
    expect(Array.from(rgbaOf([1.2, 0, 0.5, 0.5, -1, 1], 2))).toEqual([255, 128, 0, 255, 0, 128, 255, 255]);
    expect(bmpDataUrl(rgbaOf(content, 64), 8, 8)).toMatch(/^data:image\/bmp;base64,Qk/);
  });
});
