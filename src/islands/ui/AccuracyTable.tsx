/**
 * A table of accuracies by method and condition, each cell a percentage over a bar of its length (its
 * own text alternative: the numbers are the cells). Phones read it as well as a chart, and it needs no
 * drawing: the bar is a CSS width. Methods are rows; with `methodsAsColumns` they are columns, for
 * few methods and many conditions with long names (so that it fits a phone). With `format`, the cells
 * hold other readings (a loss), without bars.
 */
import type { MethodName } from '../../lib/experiments/norms';
import { common } from '../strings/common';
import { methodNames } from '../strings/vocabulary';
import { METHOD_COLORS } from './method-colors';

/** A row of a normalisation (its name and colour from the vocabulary), or of anything else with its own name and colour. */
type MethodRow = { values: (number | null)[] } & ({ method: MethodName; label?: string } | { label: string; color: string });

const rowName = (r: MethodRow) => ('method' in r ? (r.label ?? methodNames[r.method]) : r.label);
const rowColor = (r: MethodRow) => ('method' in r ? METHOD_COLORS[r.method] : r.color);

function Cell({ v, color, format }: { v: number | null; color: string; format?: (v: number | null) => string }) {
  if (format) return <td>{format(v)}</td>;
  return (
    <td>
      <span class="acc-table__value">{common.format.percentOrDash(v)}</span>
      <span class="acc-table__bar" aria-hidden="true" style={{ width: `${Math.round((v ?? 0) * 100)}%`, background: color }} />
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
  /** Cells as this text and without bars (default: a percentage over its bar). */
  format?: (v: number | null) => string;
}) {
  const heads = props.methodsAsColumns ? props.rows.map(rowName) : props.columns;
  const body = props.methodsAsColumns
    ? props.columns.map((c, i) => ({ key: c, label: c, cells: props.rows.map((r) => ({ v: r.values[i], color: rowColor(r) })) }))
    : props.rows.map((r) => ({ key: rowName(r), label: rowName(r), cells: r.values.map((v) => ({ v, color: rowColor(r) })) }));
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
              <Cell key={i} v={c.v} color={c.color} format={props.format} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
