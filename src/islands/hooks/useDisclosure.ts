/**
 * A show/hide pair: a button that opens and closes a region of the page (`aria-expanded`,
 * `aria-controls`) and the box around both, marked `data-open` while open (the CSS hides or clamps
 * the region otherwise). Used by a demo's intro («Leer más») and its folded settings on a phone.
 *
 *   const d = useDisclosure();
 *   <div {...d.box}><div id={d.id}>…</div><button type="button" {...d.button}>…</button></div>
 */
import { useId, useState } from 'preact/hooks';

export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return {
    open,
    setOpen,
    id,
    box: { 'data-open': open ? 'true' : undefined },
    button: { 'aria-expanded': open, 'aria-controls': id, onClick: () => setOpen(!open) },
  };
}
