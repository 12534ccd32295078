/** The float-array helpers of the reference maths (src/lib/arrays.ts). */
import { describe, expect, it } from 'vitest';
import { allocLike, assertShape } from '../../src/lib/arrays';

describe('allocLike', () => {
  it('keeps the element type of its input', () => {
    expect(allocLike(new Float64Array(2), 3)).toEqual(new Float64Array(3));
    expect(allocLike(new Float32Array(2), 4)).toEqual(new Float32Array(4));
  });
});

describe('assertShape', () => {
  it('accepts exactly rows × cols values, including an empty matrix', () => {
    expect(() => assertShape([1, 2, 3, 4, 5, 6], 2, 3, 'x')).not.toThrow();
    expect(() => assertShape([], 0, 3, 'x')).not.toThrow();
  });

  it.each([
    [-1, 3, /invalid shape \[-1, 3\]/],
    [2, -3, /invalid shape \[2, -3\]/],
    [1.5, 4, /invalid shape/],
    [6, 0.5, /invalid shape/],
  ])('refuses the shape [%d, %d]', (rows, cols, message) => {
    expect(() => assertShape([1, 2, 3, 4, 5, 6], rows, cols, 'x')).toThrow(message);
  });

  it('names what is wrong when the count does not match', () => {
    expect(() => assertShape([1, 2, 3, 4, 5, 6], 3, 3, 'weights')).toThrow('weights: expected 3×3 = 9 values, got 6');
  });
});
