/**
 * The root element of every demo island, with the demo contract of DESIGN.md §1: `data-demo`,
 * `data-state`, `data-metrics` (JSON) and, once the island runs in the page, `data-hydrated`.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { DemoState } from '../strings/common';
import { clampLevel, HeadingLevel } from './DemoHeading';

/** Props every island takes from the page that places it. */
export interface IslandProps {
  /** Level of the demo's own headings (see DemoHeading). */
  headingLevel?: number;
}

export function DemoRoot(props: {
  name: string;
  /** The island's own props, as the page gave them (the heading level). */
  island: IslandProps;
  /** A training demo's run: its state and the root the trainer watches (see useDemoRun). */
  demo?: { run: { state: DemoState }; rootRef: RefObject<HTMLDivElement> };
  /** The state of a demo without a run. */
  state?: DemoState;
  metrics: string;
  title: string;
  class?: string;
  children: ComponentChildren;
}) {
  const own = useRef<HTMLDivElement>(null);
  const ref = props.demo?.rootRef ?? own;
  const state = props.demo?.run.state ?? props.state ?? 'idle';
  // Written to the DOM, not rendered from state: marking the island as running must not re-render it.
  useEffect(() => ref.current?.setAttribute('data-hydrated', 'true'), []);
  return (
    <div
      ref={ref}
      class={props.class ? `demo ${props.class}` : 'demo'}
      data-demo={props.name}
      data-state={state}
      data-metrics={props.metrics}
      role="group"
      aria-label={props.title}
    >
      <HeadingLevel.Provider value={clampLevel(props.island.headingLevel)}>{props.children}</HeadingLevel.Provider>
    </div>
  );
}
