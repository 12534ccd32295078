/** The visible note listing URL parameters that were ignored (shown only when there are some). */
import { common } from '../strings/common';

export function UrlNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div class="demo-note" data-url-notes="">
      <p>{common.url.ignored}</p>
      <ul>
        {notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
