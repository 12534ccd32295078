/**
 * The interactive N × C × (H·W) block: pick a normalisation, press a cell, and the cells that share
 * its mean and variance light up, with the numbers. Buttons in tables (one table per example), so
 * keyboard, touch and screen readers work; the maths is src/lib/norms/block.ts.
 */
import { useMemo, useState } from 'preact/hooks';
import { BLOCK_EXAMPLE } from '../../lib/experiments/normalizaciones';
import { BLOCK_METHODS, blockStats, type BlockMethod } from '../../lib/norms/block';
import { common } from '../strings/common';
import { blockNames, blockSelection, instanceDenseNote, text } from '../strings/normalizaciones';
import { ChipRadios } from '../ui/ChipRadios';
import { DemoHeading } from '../ui/DemoHeading';
import { TensorTable } from '../ui/TensorTable';
import { tensorAxes } from '../strings/vocabulary';

const { shape: BASE, values } = BLOCK_EXAMPLE;
const GROUPS = [1, 2, 4].filter((g) => BASE.c % g === 0);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function NormBlock() {
  const [method, setMethod] = useState<BlockMethod>('batch');
  const [groups, setGroups] = useState(BASE.groups);
  const [selected, setSelected] = useState(0);
  const [normalized, setNormalized] = useState(false);
  const shape = { ...BASE, groups };
  const st = useMemo(() => blockStats(method, shape, values), [method, groups]);
  const set = st.set[selected];
  const t = text.block;
  const shown = (i: number) => (normalized ? common.format.number(Number(st.xhat[i].toFixed(2))) : String(values[i]));
  return (
    <section class="tensor-panel" aria-labelledby="nb-title">
      <DemoHeading id="nb-title" class="demo-subtitle">
        {t.title}
      </DemoHeading>
      <p class="demo-hint">{t.intro}</p>
      <div class="tensor-panel__controls">
        <ChipRadios
          legend={t.method}
          choices={BLOCK_METHODS.map((m) => ({ value: m, label: blockNames[m] }))}
          value={method}
          onChange={setMethod}
        />
        {method === 'group' && (
          <ChipRadios legend={t.groups} choices={GROUPS.map((g) => ({ value: g, label: String(g) }))} value={groups} onChange={setGroups} />
        )}
        <ChipRadios
          legend={t.showXhat}
          choices={[
            { value: 'x', label: t.raw },
            { value: 'xhat', label: t.normalized },
          ]}
          value={normalized ? 'xhat' : 'x'}
          onChange={(v) => setNormalized(v === 'xhat')}
        />
      </div>
      <div class="nb__examples">
        {range(shape.n).map((n) => (
          <TensorTable
            key={n}
            caption={tensorAxes.example(n)}
            shape={shape}
            n={n}
            cell={(i, c, p) => {
              const inSet = st.set[i] === set;
              return (
                <td key={p}>
                  <button
                    type="button"
                    class={`nb__cell${inSet ? ' nb__cell--in' : ''}${i === selected ? ' nb__cell--selected' : ''}`}
                    aria-pressed={i === selected}
                    aria-label={t.cell(n, c, p, shown(i), inSet)}
                    onClick={() => setSelected(i)}
                  >
                    {shown(i)}
                  </button>
                </td>
              );
            }}
          />
        ))}
      </div>
      <p class="nb__selection" aria-live="polite">
        {blockSelection(method, st.size, st.mean[set], st.variance[set])}
        {method === 'instance' ? ` ${instanceDenseNote}` : ''}
      </p>
    </section>
  );
}
