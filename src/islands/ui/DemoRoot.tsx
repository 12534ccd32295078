/**
 * The root element of every demo island, with the demo contract of DESIGN.md §1: `data-demo`,
 * `data-state`, `data-metrics` (JSON) and, once the island runs in the page, `data-hydrated`.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { DemoState } from '../strings/common';

export function DemoRoot(props: {
  name: string;
  state: DemoState;
  metrics: string;
  hydrated: boolean;
  title: string;
  class?: string;
  rootRef?: RefObject<HTMLDivElement>;
  children: ComponentChildren;
}) {
  return (
    <div
      ref={props.rootRef}
      class={props.class ? `demo ${props.class}` : 'demo'}
      data-demo={props.name}
      data-state={props.state}
      data-metrics={props.metrics}
      data-hydrated={props.hydrated ? 'true' : undefined}
      role="group"
      aria-label={props.title}
    >
      {props.children}
    </div>
  );
}
