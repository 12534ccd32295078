/**
 * A demo's opening text. On wide screens it reads in full; on a phone (demo.css, below 40rem) it is
 * clamped to three lines with «Leer más», so that Entrenar and the main chart are on the demo's
 * first screen. The text is always in the page, so screen readers and find-in-page get all of it.
 */
import type { ComponentChildren } from 'preact';
import { useDisclosure } from '../hooks/useDisclosure';
import { common } from '../strings/common';

export function Intro(props: { children: ComponentChildren }) {
  const d = useDisclosure();
  return (
    <div class="demo-intro" {...d.box}>
      <div class="demo-intro__text" id={d.id}>
        {props.children}
      </div>
      <button type="button" class="demo-intro__more" {...d.button}>
        {d.open ? common.controls.readLess : common.controls.readMore}
      </button>
    </div>
  );
}
