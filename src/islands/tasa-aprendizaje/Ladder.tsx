/**
 * The ladder's results as an accessible table (a heat-strip in table form): one row per learning rate,
 * one column per family. Each cell says the final loss and the verdict in words; a bar shows the loss
 * against the class-prior loss, with a mark at the stability threshold, so colour is never the only cue.
 */
import { STABLE_FRACTION } from '../../lib/experiments/tasa-aprendizaje';
import { common } from '../strings/common';
import { lossText, models, text, verdicts } from '../strings/tasa-aprendizaje';
import type { LadderResult, Rung } from './view';

/** The bar spans 0 … BAR_SPAN × prior loss. */
const BAR_SPAN = 1.5;

function Cell({ rung, prior, best }: { rung: Rung; prior: number; best: boolean }) {
  const t = text.table;
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

export function Ladder({ result, prior }: { result: LadderResult; prior: number }) {
  const t = text.table;
  return (
    <div class="tl-scroll">
      <table class="tl-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.rate}</th>
            <th scope="col">{models.withBN}</th>
            <th scope="col">{models.withoutBN}</th>
          </tr>
        </thead>
        <tbody>
          {result.withBN.map((bn, i) => {
            const plain = result.withoutBN[i];
            return (
              <tr key={bn.lr}>
                <th scope="row" class="tl-rate">
                  {common.format.rate(bn.lr)}
                </th>
                <Cell rung={bn} prior={prior} best={result.maxStable.withBN === bn.lr} />
                <Cell rung={plain} prior={prior} best={result.maxStable.withoutBN === plain.lr} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
