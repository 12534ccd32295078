/** A titled list of short notes under a demo (what it shows, what to look for). */
import { DemoHeading } from './DemoHeading';
export function NoteList(props: { class: string; title: string; items: readonly string[] }) {
  return (
    <section class={`demo-notes ${props.class}`} aria-label={props.title}>
      <DemoHeading>{props.title}</DemoHeading>
      <ul>
        {props.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
