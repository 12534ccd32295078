/**
 * The two tables of `bn-paso-a-paso`: the editable input batch with its per-feature statistics, and
 * the layer's output (x̂ and y). The highlighted feature's column is marked in both, so the reader sees
 * which numbers are averaged together: a column (one feature across the batch), never a row.
 */
import type { BNOutput } from '../../lib/batchnorm';
import { D, M, type BnPasoState } from '../../lib/experiments/bn-paso-a-paso';
import { feature, featureShort, num, text } from '../strings/bn-paso-a-paso';

const ROWS = Array.from({ length: M }, (_, i) => i);
const COLS = Array.from({ length: D }, (_, j) => j);

function colClass(j: number, hl: number, base = ''): string {
  return `${base}${j === hl ? ' bnp-hl' : ''}`.trim();
}

function Head({ hl, onPick }: { hl: number; onPick: (j: number) => void }) {
  return (
    <thead>
      <tr>
        <th scope="col" class="bnp-rowhead">
          {text.rowHeader}
        </th>
        {COLS.map((j) => (
          <th key={j} scope="col" class={colClass(j, hl)}>
            <button
              type="button"
              class="bnp-colbtn"
              aria-pressed={j === hl}
              aria-label={`${featureShort(j)}: ${feature(j).toLowerCase()}`}
              title={text.highlight.button(j)}
              onClick={() => onPick(j)}
            >
              {featureShort(j)}
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function InputTable(props: {
  state: BnPasoState;
  batchMean: ArrayLike<number>;
  batchVar: ArrayLike<number>;
  highlight: number;
  onHighlight: (j: number) => void;
  onEdit: (k: number, text: string) => void;
  invalid: Set<number>;
  errorId: (k: number) => string;
}) {
  const { state, highlight: hl } = props;
  return (
    <table class="bnp-table">
      <caption>{text.inputCaption}</caption>
      <Head hl={hl} onPick={props.onHighlight} />
      <tbody>
        {ROWS.map((i) => (
          <tr key={i}>
            <th scope="row" class="bnp-rowhead">
              {i + 1}
            </th>
            {COLS.map((j) => {
              const k = i * D + j;
              const bad = props.invalid.has(k);
              return (
                <td key={j} class={colClass(j, hl)}>
                  <input
                    class="bnp-cell"
                    type="text"
                    inputMode="text"
                    autoComplete="off"
                    spellcheck={false}
                    value={state.texts[k]}
                    aria-label={text.cellLabel(i, j)}
                    aria-invalid={bad ? 'true' : undefined}
                    aria-describedby={bad ? props.errorId(k) : undefined}
                    data-cell={`${i}-${j}`}
                    onFocus={() => props.onHighlight(j)}
                    onInput={(e) => props.onEdit(k, (e.currentTarget as HTMLInputElement).value)}
                  />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr class="bnp-axis" aria-hidden="true">
          <td />
          <td colSpan={D}>{text.batchAxis}</td>
        </tr>
        <tr>
          <th scope="row">{text.meanRow}</th>
          {COLS.map((j) => (
            <td key={j} class={colClass(j, hl, 'bnp-stat')} data-stat={`mean-${j}`}>
              {num(props.batchMean[j])}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{text.varRow}</th>
          {COLS.map((j) => (
            <td key={j} class={colClass(j, hl, 'bnp-stat')} data-stat={`var-${j}`}>
              {num(props.batchVar[j])}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

export function OutputTable(props: {
  out: BNOutput;
  highlight: number;
  onHighlight: (j: number) => void;
}) {
  const { out, highlight: hl } = props;
  return (
    <table class="bnp-table bnp-table--out">
      <caption>{text.outputCaption}</caption>
      <Head hl={hl} onPick={props.onHighlight} />
      <tbody>
        {ROWS.map((i) => (
          <tr key={i}>
            <th scope="row" class="bnp-rowhead">
              {i + 1}
            </th>
            {COLS.map((j) => {
              const k = i * D + j;
              return (
                <td key={j} class={colClass(j, hl, 'bnp-out')}>
                  <span class="bnp-out__xhat">
                    <abbr title="x normalizada">{text.xhatLabel}</abbr> {num(out.xhat[k])}
                  </span>
                  <span class="bnp-out__y">
                    {text.yLabel} {num(out.y[k])}
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{text.usedMeanRow(out.mode)}</th>
          {COLS.map((j) => (
            <td key={j} class={colClass(j, hl, 'bnp-stat')}>
              {num(out.mean[j])}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{text.usedVarRow(out.mode)}</th>
          {COLS.map((j) => (
            <td key={j} class={colClass(j, hl, 'bnp-stat')}>
              {num(out.variance[j])}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
