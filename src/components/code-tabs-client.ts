/**
 * Client side of <CodeTabs>: ARIA tabs (roving tabindex, arrow keys, Home/End), page-wide sync by
 * `lang`, and the choice remembered in localStorage (`cursoia:lenguaje-codigo`).
 */
const STORAGE_KEY = 'cursoia:lenguaje-codigo';
let groupCount = 0;

function tabsOf(group: HTMLElement): HTMLButtonElement[] {
  return [...group.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]')];
}

function panelsOf(group: HTMLElement): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(':scope > .code-tab')];
}

/** Shows `lang` in one group; returns false when the group has no such tab. */
function show(group: HTMLElement, lang: string): boolean {
  const tabs = tabsOf(group);
  const index = tabs.findIndex((tab) => tab.dataset.lang === lang);
  if (index < 0) return false;
  const panels = panelsOf(group);
  tabs.forEach((tab, i) => {
    const on = i === index;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    panels[i]?.toggleAttribute('hidden', !on);
  });
  return true;
}

/** Shows `lang` in every group that has it, keeping `anchor` (the clicked strip) still on screen. */
function showEverywhere(lang: string, anchor?: HTMLElement): void {
  const before = anchor?.getBoundingClientRect().top;
  for (const group of document.querySelectorAll<HTMLElement>('[data-code-tabs][data-ready]')) show(group, lang);
  if (anchor && before !== undefined) {
    const shift = anchor.getBoundingClientRect().top - before;
    if (shift !== 0) window.scrollBy({ top: shift, behavior: 'instant' });
  }
}

function remember(lang: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage unavailable: the choice still syncs on this page.
  }
}

function recalled(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function choose(tab: HTMLButtonElement, group: HTMLElement): void {
  const lang = tab.dataset.lang;
  if (!lang) return;
  showEverywhere(lang, group);
  remember(lang);
}

function onKeydown(event: KeyboardEvent, group: HTMLElement): void {
  const tabs = tabsOf(group);
  const current = tabs.indexOf(event.currentTarget as HTMLButtonElement);
  const last = tabs.length - 1;
  const target =
    event.key === 'ArrowRight' ? (current === last ? 0 : current + 1)
    : event.key === 'ArrowLeft' ? (current === 0 ? last : current - 1)
    : event.key === 'Home' ? 0
    : event.key === 'End' ? last
    : -1;
  const tab = tabs[target];
  if (!tab) return;
  event.preventDefault();
  choose(tab, group);
  tab.focus();
}

function setUp(group: HTMLElement): void {
  const id = `code-tabs-${++groupCount}`;
  const panels = panelsOf(group);
  tabsOf(group).forEach((tab, i) => {
    const panel = panels[i];
    if (!panel) return;
    tab.id = `${id}-tab-${i}`;
    panel.id = `${id}-panel-${i}`;
    tab.setAttribute('aria-controls', panel.id);
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    tab.addEventListener('click', () => choose(tab, group));
    tab.addEventListener('keydown', (event) => onKeydown(event, group));
  });
  group.dataset.ready = '';
  const first = tabsOf(group)[0]?.dataset.lang;
  if (first) show(group, first);
}

export function initCodeTabs(): void {
  for (const group of document.querySelectorAll<HTMLElement>('[data-code-tabs]:not([data-ready])')) setUp(group);
  const saved = recalled();
  if (saved) showEverywhere(saved);
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY && event.newValue) showEverywhere(event.newValue);
  });
}
