import { describe, expect, it } from 'vitest';
import { decisionPixels, parseRgb, type RGB } from '../../src/lib/decision-image';

describe('parseRgb', () => {
  it.each([
    ['#0e7490', [14, 116, 144]],
    ['#FFF', [255, 255, 255]],
    ['#a21caf80', [162, 28, 175]],
    ['#f0a8', [255, 0, 170]],
    ['  #111418 ', [17, 20, 24]],
    ['rgb(1, 2, 3)', [1, 2, 3]],
    ['rgba(10,20,30,0.5)', [10, 20, 30]],
    ['rgb(100% 0% 50% / 0.3)', [255, 0, 128]],
    ['rgb(300, 0, 12.6)', [255, 0, 13]],
  ] as [string, RGB][])('%s → %j', (text, rgb) => {
    expect(parseRgb(text)).toEqual(rgb);
  });

  it.each(['red', 'hsl(0 100% 50%)', '#12', '#12345', 'rgb(1, 2)', ''])('leaves %j to the caller', (text) => {
    expect(parseRgb(text)).toBeNull();
  });
});

describe('decisionPixels', () => {
  const c0: RGB = [0, 100, 200];
  const c1: RGB = [200, 0, 100];
  const bg: RGB = [255, 255, 255];
  // The blend written out for one channel: bg + (c0 + (c1 − c0)p − bg)·(0.18 + 0.42|2p − 1|).
  const blend = (p: number, ch: number) =>
    Math.round(bg[ch] + (c0[ch] + (c1[ch] - c0[ch]) * p - bg[ch]) * (0.18 + 0.42 * Math.abs(2 * p - 1)));

  it('mixes the class colours by P(class 1), palest at p = 0.5', () => {
    const probs = [0, 0.25, 0.5, 1];
    const px = decisionPixels(probs, 2, c0, c1, bg);
    expect(px).toHaveLength(16);
    probs.forEach((p, i) => {
      expect([...px.slice(4 * i, 4 * i + 4)]).toEqual([blend(p, 0), blend(p, 1), blend(p, 2), 255]);
    });
    // At p = 0 the class-0 colour at 60 % over white; at 0.5 only 18 % of the mix shows.
    expect([...px.slice(0, 3)]).toEqual([102, 162, 222]);
    expect([...px.slice(8, 11)]).toEqual([227, 218, 236]);
  });

  it('clamps probabilities outside [0, 1] and treats non-numbers as 0', () => {
    const px = decisionPixels([-3, 7, NaN, 1], 2, c0, c1, bg);
    expect([...px.slice(0, 4)]).toEqual([...px.slice(8, 12)]);
    expect([...px.slice(4, 8)]).toEqual([...px.slice(12, 16)]);
    expect([...px.slice(0, 3)]).toEqual([blend(0, 0), blend(0, 1), blend(0, 2)]);
  });
});
