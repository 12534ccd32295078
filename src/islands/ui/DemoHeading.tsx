/**
 * Headings inside a demo take their level from where the demo sits: one below the lesson heading
 * before it (src/markdown/heading-levels.mjs tells DemoSlot), h2 on a demo's own embed page.
 * DemoRoot provides the level; DemoHeading renders it, so a demo never skips a level of the outline.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

export const DEFAULT_HEADING_LEVEL = 4;

export const HeadingLevel = createContext(DEFAULT_HEADING_LEVEL);

/** A level HTML has (h2–h6; h1 is the page's title). */
export const clampLevel = (level: number | undefined): number => Math.min(6, Math.max(2, Math.round(level ?? DEFAULT_HEADING_LEVEL)));

export function DemoHeading(props: { id?: string; class?: string; children: ComponentChildren }) {
  const Tag = `h${useContext(HeadingLevel)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <Tag id={props.id} class={props.class}>
      {props.children}
    </Tag>
  );
}
