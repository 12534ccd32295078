/**
 * A demo's opening text. On wide screens it reads in full; on a phone (demo.css, below 40rem) it is
 * clamped to three lines with «Leer más», so that Entrenar and the main chart are on the demo's
 * first screen. The text is always in the page, so screen readers and find-in-page get all of it.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { common } from '../strings/common';

export function Intro(props: { children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="demo-intro" data-open={open ? 'true' : undefined}>
      <div class="demo-intro__text" id={id}>
        {props.children}
      </div>
      <button type="button" class="demo-intro__more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? common.controls.readLess : common.controls.readMore}
      </button>
    </div>
  );
}
