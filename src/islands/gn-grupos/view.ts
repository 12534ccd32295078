/**
 * What the gn-grupos island shows, derived from the trainer's view: GN's test error per group count
 * and without normalisation, the `data-metrics` JSON of the demo contract and the Spanish summary.
 */
import { collapsedGroups, compareGroups, groupCounts, sweepErrors, TENSOR, type GnGruposSettings } from '../../lib/experiments/gn-grupos';
import { backendName, runMetrics, stateSummary, type TrainerView } from '../hooks/trainer-view';
import { doneSummary, idleSummary, type SweepErrors } from '../strings/gn-grupos';

export const errors = (v: TrainerView, s: GnGruposSettings): SweepErrors =>
  sweepErrors(s, Object.fromEntries(Object.values(v.latest).map((m) => [m.id, m.testAcc])));

export function demoMetrics(v: TrainerView, e: SweepErrors, s: GnGruposSettings) {
  const groups = groupCounts(s.width);
  return {
    run: v.runId,
    ...runMetrics(v),
    width: s.width,
    groups,
    unitsPerGroup: groups.map((g) => s.width / g),
    error: e,
    // Cells of the numeric tensor where GN differs from LN at G = 1 and from IN at G = C (0 and 0).
    tensor: { layerAtG1: compareGroups(1, 'layer').differing, instanceAtGC: compareGroups(TENSOR.shape.c, 'instance').differing },
  };
}
/** The `data-metrics` JSON of this demo (the e2e tests import this type). */
export type GnGruposMetrics = ReturnType<typeof demoMetrics>;

export function summaryText(v: TrainerView, e: SweepErrors, s: GnGruposSettings): string {
  const groups = groupCounts(s.width);
  return stateSummary(v, {
    idle: () => idleSummary(groups.length + 1),
    done: () =>
      e.gn.some((x) => x === null)
        ? null
        : doneSummary({
            e,
            groups,
            collapsed: collapsedGroups(s, e),
            width: s.width,
            elapsedMs: v.elapsedMs ?? 0,
            backend: backendName(v),
            fallbacks: v.notes,
          }),
  });
}
