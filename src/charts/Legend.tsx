/**
 * A small legend in HTML (so it reads as text and scales with the font): a line sample per series,
 * solid or dashed, and optional marker shapes for classes of points.
 */
import './charts.css';

export interface LegendItem {
  label: string;
  /** CSS colour or `var(--name, fallback)`. */
  color: string;
  /** Dashed line sample (matches a LineSeries with `dash`). */
  dashed?: boolean;
  /** Draw a point marker instead of a line: circle (class 0) or square (class 1). */
  marker?: 'circle' | 'square';
}

export function Legend({ items, label }: { items: LegendItem[]; label?: string }) {
  return (
    <ul class="chart-legend" aria-label={label}>
      {items.map((it) => (
        <li key={it.label} class="chart-legend__item">
          <span
            aria-hidden="true"
            class={`chart-legend__swatch chart-legend__swatch--${it.marker ?? (it.dashed ? 'dashed' : 'line')}`}
            style={{ '--swatch': it.color }}
          />
          {it.label}
        </li>
      ))}
    </ul>
  );
}
