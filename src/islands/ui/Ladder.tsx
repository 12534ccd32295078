/**
 * A learning-rate ladder's results as an accessible table (a heat-strip in table form): one row per
 * learning rate, one column per family of models. Each cell says the final loss and the verdict in
 * words; a bar shows the loss against the class-prior loss, with a mark at the stability threshold, so
 * colour is never the only cue. The largest stable rate of each family is starred.
 */
import { STABLE_FRACTION } from '../../lib/experiments/tasa-aprendizaje';
import { common } from '../strings/common';
import { ladderTable, lossText, verdicts } from '../strings/ladder';
import type { Rung } from './ladder-view';
import './ladder.css';

export interface LadderFamily {
  label: string;
  rungs: Rung[];
  /** Its largest stable rate, once known. */
  best: number | null;
}

/** The bar spans 0 … BAR_SPAN × prior loss. */
const BAR_SPAN = 1.5;

function Cell({ rung, prior, best }: { rung: Rung; prior: number; best: boolean }) {
  const t = ladderTable;
  const fill = rung.diverged ? 1 : rung.finalLoss === null ? 0 : Math.min(1, rung.finalLoss / (BAR_SPAN * prior));
  const words = rung.diverged
    ? rung.divergedAt !== undefined
      ? t.divergedAt(rung.divergedAt)
      : verdicts.diverged
    : rung.finalLoss === null
      ? verdicts.pending
      : t.cell(lossText(rung.finalLoss), verdicts[rung.verdict]);
  return (
    <td class={`tl-cell tl-cell--${rung.verdict}${best ? ' tl-cell--best' : ''}`} data-verdict={rung.verdict}>
      <span class="tl-bar" aria-hidden="true">
        <span class="tl-bar__fill" style={{ width: `${(fill * 100).toFixed(1)}%` }} />
        <span class="tl-bar__mark" style={{ left: `${((STABLE_FRACTION / BAR_SPAN) * 100).toFixed(1)}%` }} />
      </span>
      <span class="tl-words">{words}</span>
      {best && <strong class="tl-best">★ {t.best}</strong>}
    </td>
  );
}

export function Ladder({ families, prior }: { families: LadderFamily[]; prior: number }) {
  const t = ladderTable;
  return (
    <div class="tl-scroll">
      <table class="tl-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.rate}</th>
            {families.map((f) => (
              <th key={f.label} scope="col">
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {families[0].rungs.map((first, i) => (
            <tr key={first.lr}>
              <th scope="row" class="tl-rate">
                {common.format.rate(first.lr)}
              </th>
              {families.map((f) => (
                <Cell key={f.label} rung={f.rungs[i]} prior={prior} best={f.best === f.rungs[i].lr} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
