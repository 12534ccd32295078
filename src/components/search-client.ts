/**
 * Client of <SiteSearch>: loads Pagefind on first use (its JS and index live in /pagefind/, written
 * by the build), searches as the reader types, and lists each lesson found with up to three of its
 * sections. Keyboard: Enter or ArrowDown from the box to the results, ArrowUp/ArrowDown among them, Escape
 * back to the box.
 */
import { matchesQuery } from '../lib/search-terms';
import { withBase } from '../lib/site-path';
import { ui } from './strings';

/** The parts of Pagefind's API used here (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

const MAX_RESULTS = 5;
const MAX_SECTIONS = 3;

/** An excerpt (Pagefind's HTML: text and <mark>) as nodes, without trusting any other markup. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function link(href: string, title: string, excerpt: string, className: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.className = className;
  const strong = document.createElement('strong');
  strong.textContent = title;
  const text = document.createElement('span');
  text.append(...excerptNodes(excerpt));
  a.append(strong, text);
  return a;
}

function resultItem(data: ResultData, term: string): HTMLLIElement {
  const li = document.createElement('li');
  li.append(link(data.url, data.meta.title ?? data.url, data.excerpt, 'site-search__page'));
  // The first sub-result is often the page's own top (its title): the page link already leads there.
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url !== data.url && s.title !== data.meta.title && matchesQuery(term, [s.excerpt]))
    .slice(0, MAX_SECTIONS);
  if (sections.length) {
    const ul = document.createElement('ul');
    for (const s of sections) {
      const item = document.createElement('li');
      item.append(link(s.url, s.title, s.excerpt, 'site-search__section'));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

function setUp(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input')!;
  const panel = root.querySelector<HTMLElement>('.site-search__panel')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLUListElement>('.site-search__results')!;
  let engine: Promise<Pagefind | null> | null = null;

  // `astro dev` has no index (the build writes it): say so without asking for one.
  const load = (): Promise<Pagefind | null> =>
    (engine ??= import.meta.env.DEV
      ? Promise.resolve(null)
      : import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))
          .then(async (pagefind: Pagefind) => {
            await pagefind.options({ baseUrl: withBase('/'), excerptLength: 18 });
            return pagefind;
          })
          .catch(() => null));

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const close = () => {
    panel.hidden = true;
  };
  const show = (text: string) => {
    panel.hidden = false;
    status.textContent = text;
  };

  const search = async () => {
    const term = input.value.trim();
    if (!term) {
      list.replaceChildren();
      close();
      return;
    }
    show(ui.search.loading);
    const pagefind = await load();
    if (!pagefind) return show(ui.search.unavailable);
    const found = await pagefind.debouncedSearch(term, {}, 150);
    if (!found || input.value.trim() !== term) return; // a newer search is on its way
    const all = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (input.value.trim() !== term) return;
    const data = all.filter((d) => matchesQuery(term, [d.excerpt, ...(d.sub_results ?? []).map((s) => s.excerpt)]));
    list.replaceChildren(...data.map((d) => resultItem(d, term)));
    show(data.length ? ui.search.count(data.length, term) : ui.search.none(term));
  };

  // Focus loads Pagefind (once: load() keeps its promise) and shows the results left open, if any.
  input.addEventListener('focus', () => {
    void load();
    if (input.value.trim() && list.childElementCount) panel.hidden = false;
  });
  input.addEventListener('input', () => void search());
  // A reader on a slow phone may have typed before this script ran: search what is already there.
  if (input.value.trim()) void search();
  root.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Enter' && e.target === input && all.length) {
      e.preventDefault();
      panel.hidden = false;
      all[0]?.focus();
    } else if (e.key === 'Escape') {
      close();
      input.focus();
    } else if (e.key === 'ArrowDown' && all.length) {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? input : all[at - 1])?.focus();
    }
  });
  // Leaving the search (a click or Tab elsewhere, or following a result) closes the list.
  root.addEventListener('focusout', (e) => {
    if (!root.contains(e.relatedTarget as Node | null)) close();
  });
  list.addEventListener('click', close);
}

export function initSearch(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-search]:not([data-ready])')) {
    root.dataset.ready = '';
    setUp(root);
  }
}
