/**
 * The numeric half of `gn-grupos`: GN's x̂ on a small N × C × (H·W) tensor beside LN's or IN's, one
 * pair of tables per example, with the cells that differ marked and a verdict (an aria-live status).
 * The maths is compareGroups in src/lib/experiments/gn-grupos.ts (src/lib/norms/block.ts).
 */
import { useMemo, useState } from 'preact/hooks';
import { compareGroups, tensorGroups, type Reference } from '../../lib/experiments/gn-grupos';
import type { BlockShape } from '../../lib/norms/block';
import { common } from '../strings/common';
import { referenceNames, text } from '../strings/gn-grupos';
import { ChipRadios } from '../ui/ChipRadios';
import { DemoHeading } from '../ui/DemoHeading';
import { TensorTable } from '../ui/TensorTable';

const t = text.tensor;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const REFERENCES: Reference[] = ['layer', 'instance'];
// Two decimals: what the reader can compare by eye (the verdict compares the full values).
const show = (v: number) => common.format.number(Number(v.toFixed(2)));

/** One example's x̂ under one normalisation; a cell that differs from `other` says so (dashed, and in words). */
function Values(props: { caption: string; values: Float64Array; other: Float64Array; n: number; shape: BlockShape }) {
  return (
    <TensorTable
      caption={props.caption}
      shape={props.shape}
      n={props.n}
      cell={(i, _c, p) => {
        const differs = props.values[i] !== props.other[i];
        return (
          <td key={p} class={differs ? 'ge__cell ge__cell--differs' : 'ge__cell'}>
            {show(props.values[i])}
            {differs && <span class="visually-hidden"> ({t.differs})</span>}
          </td>
        );
      }}
    />
  );
}

export function GroupEquivalence() {
  const [groups, setGroups] = useState(1);
  const [reference, setReference] = useState<Reference>('layer');
  const r = useMemo(() => compareGroups(groups, reference), [groups, reference]);
  return (
    <section class="tensor-panel" aria-labelledby="ge-title">
      <DemoHeading id="ge-title" class="demo-subtitle">
        {t.title}
      </DemoHeading>
      <p class="demo-hint">{t.intro}</p>
      <div class="tensor-panel__controls">
        <ChipRadios
          legend={t.groups}
          choices={tensorGroups().map((g) => ({ value: g, label: String(g) }))}
          value={groups}
          onChange={setGroups}
        />
        <ChipRadios
          legend={t.reference}
          choices={REFERENCES.map((m) => ({ value: m, label: referenceNames[m] }))}
          value={reference}
          onChange={setReference}
        />
      </div>
      <div class="ge__examples">
        {range(r.shape.n).map((n) => (
          <div key={n} class="ge__pair">
            <Values caption={t.table(n, t.gnName(groups))} values={r.gn} other={r.ref} n={n} shape={r.shape} />
            <Values caption={t.table(n, referenceNames[reference])} values={r.ref} other={r.gn} n={n} shape={r.shape} />
          </div>
        ))}
      </div>
      <p class="ge__verdict" aria-live="polite">
        {t.verdict({
          groups,
          reference,
          differing: r.differing,
          cells: r.cells,
          maxDiff: r.maxDiff,
          gnSet: r.gnSetSize,
          refSet: r.refSetSize,
        })}
      </p>
    </section>
  );
}
