/**
 * A titled list of short notes under a demo (what it shows, what to look for). A plain block under
 * its heading, not a landmark: two demos of a page may share the title («Qué demuestra esto y qué no»),
 * and landmarks must have unique names.
 */
import { DemoHeading } from './DemoHeading';
export function NoteList(props: { class: string; title: string; items: readonly string[] }) {
  return (
    <div class={`demo-notes ${props.class}`}>
      <DemoHeading>{props.title}</DemoHeading>
      <ul>
        {props.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
