/**
 * Client side of <Checklist>: enables the task-list checkboxes (each already inside a <label>, from
 * src/markdown/task-labels.mjs), shows progress («3 de 5 completados») and persists the ticked items' texts in localStorage.
 */
import { ui } from './strings';

const keyOf = (id: string): string => `cursoia:checklist:${id}`;

/** The item's text, used as its stable key (robust to items being reordered). */
const itemKey = (box: HTMLInputElement): string => (box.closest('li')?.textContent ?? '').replace(/\s+/g, ' ').trim();

function load(id: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(id)) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

function save(id: string, boxes: HTMLInputElement[]): void {
  try {
    localStorage.setItem(keyOf(id), JSON.stringify(boxes.filter((b) => b.checked).map(itemKey)));
  } catch {
    // Storage unavailable: ticks last until the page is closed.
  }
}

function setUp(root: HTMLElement): void {
  const id = root.dataset.checklist ?? '';
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const progress = root.querySelector<HTMLElement>('[data-checklist-progress]');
  const meter = root.querySelector<HTMLElement>('[data-checklist-meter]');
  const saved = load(id);

  const update = (): void => {
    const done = boxes.filter((b) => b.checked).length;
    if (progress) progress.textContent = `${ui.checklistProgress(done, boxes.length)} ${ui.checklistDone}`;
    if (meter) meter.style.width = `${boxes.length ? (100 * done) / boxes.length : 0}%`;
    root.dataset.done = String(done);
  };

  for (const box of boxes) {
    box.checked = saved.has(itemKey(box));
    box.disabled = false;
    box.addEventListener('change', () => {
      save(id, boxes);
      update();
    });
  }
  root.querySelector('[data-checklist-reset]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    save(id, boxes);
    update();
  });
  update();
  root.dataset.ready = '';
}

export function initChecklists(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-checklist]:not([data-ready])')) setUp(root);
}
