/**
 * A table of accuracies by method and condition, each cell a percentage over a bar of its length (its
 * own text alternative: the numbers are the cells). Phones read it as well as a chart, and it needs no
 * drawing: the bar is a CSS width. Methods are rows; with `methodsAsColumns` they are columns, for
 * few methods and many conditions with long names (so that it fits a phone).
 */
import type { MethodName } from '../../lib/experiments/norms';
import { common } from '../strings/common';
import { methodNames } from '../strings/vocabulary';
import { METHOD_COLORS } from './method-colors';

interface MethodRow {
  method: MethodName;
  values: (number | null)[];
  label?: string;
}

function Cell({ v, method }: { v: number | null; method: MethodName }) {
  return (
    <td>
      <span class="acc-table__value">{common.format.percentOrDash(v)}</span>
      <span
        class="acc-table__bar"
        aria-hidden="true"
        style={{ width: `${Math.round((v ?? 0) * 100)}%`, background: METHOD_COLORS[method] }}
      />
    </td>
  );
}

export function AccuracyTable(props: {
  caption: string;
  /** Header of the first column (the row names'). */
  corner: string;
  /** The conditions, in the order of each method's values. */
  columns: string[];
  rows: MethodRow[];
  methodsAsColumns?: boolean;
}) {
  const name = (r: MethodRow) => r.label ?? methodNames[r.method];
  const heads = props.methodsAsColumns ? props.rows.map(name) : props.columns;
  const body = props.methodsAsColumns
    ? props.columns.map((c, i) => ({ key: c, label: c, cells: props.rows.map((r) => ({ v: r.values[i], method: r.method })) }))
    : props.rows.map((r) => ({ key: name(r), label: name(r), cells: r.values.map((v) => ({ v, method: r.method })) }));
  return (
    <table class="demo-table acc-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.corner}</th>
          {heads.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {body.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((c, i) => (
              <Cell key={i} v={c.v} method={c.method} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
