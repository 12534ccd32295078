/** Curves (loss, test accuracy) and decision regions of the two models, from the trainer's view. */
import type { PlotPoints } from '../../charts/DecisionRegions';
import type { TrainerView } from '../hooks/useTrainer';
import { accDescription, lossDescription, models, regionsDescription } from '../strings/bn-vs-sin-bn';
import { ModelCurves, ModelRegions, type ChartModel } from '../ui/ModelCharts';
import { MODEL_IDS, result, type ModelId } from './view';

const MODELS: ChartModel[] = [
  { id: 'withBN', label: models.withBN, color: 'var(--demo-series-bn, #1d4ed8)' },
  { id: 'withoutBN', label: models.withoutBN, color: 'var(--demo-series-plain, #c2410c)', dashed: true },
];

export function Curves({ view }: { view: TrainerView }) {
  const [bn, plain] = MODEL_IDS.map((id) => result(view.latest[id]));
  return (
    <ModelCurves view={view} models={MODELS} lossDescription={lossDescription(view.step, bn, plain)} accDescription={accDescription(view.step, bn, plain)} />
  );
}

export function Regions(props: { view: TrainerView; points: PlotPoints | null; gridSize: number; extent: [number, number, number, number] }) {
  const describe = (id: string) => regionsDescription(id as ModelId, result(props.view.latest[id]));
  return <ModelRegions {...props} models={MODELS} describe={describe} />;
}
