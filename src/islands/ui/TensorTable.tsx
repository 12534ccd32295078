/**
 * One example n of a small N × C × (H·W) tensor as a table: a row per channel, a column per position
 * (Wu & He 2018, Fig. 2, flattened). The caller renders each cell's <td> (keyed by p) from its flat index i and its channel c and position p.
 */
import type { JSX } from 'preact';
import { cellIndex, type BlockShape } from '../../lib/norms/block';
import { tensorAxes } from '../strings/vocabulary';
import './tensor-table.css';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function TensorTable(props: {
  caption: string;
  shape: BlockShape;
  n: number;
  cell: (i: number, c: number, p: number) => JSX.Element;
}) {
  const { shape, n } = props;
  return (
    <table class="tensor-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <td />
          {range(shape.hw).map((p) => (
            <th key={p} scope="col">
              {tensorAxes.position(p)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {range(shape.c).map((c) => (
          <tr key={c}>
            <th scope="row">{tensorAxes.channel(c)}</th>
            {range(shape.hw).map((p) => props.cell(cellIndex(shape, n, c, p), c, p))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
