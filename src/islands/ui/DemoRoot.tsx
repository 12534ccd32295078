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
  state: DemoState;
  metrics: string;
  title: string;
  class?: string;
  rootRef?: RefObject<HTMLDivElement>;
  headingLevel?: number;
  children: ComponentChildren;
}) {
  const own = useRef<HTMLDivElement>(null);
  const ref = props.rootRef ?? own;
  // Written to the DOM, not rendered from state: marking the island as running must not re-render it.
  useEffect(() => ref.current?.setAttribute('data-hydrated', 'true'), []);
  return (
    <div
      ref={ref}
      class={props.class ? `demo ${props.class}` : 'demo'}
      data-demo={props.name}
      data-state={props.state}
      data-metrics={props.metrics}
      role="group"
      aria-label={props.title}
    >
      <HeadingLevel.Provider value={clampLevel(props.headingLevel)}>{props.children}</HeadingLevel.Provider>
    </div>
  );
}
