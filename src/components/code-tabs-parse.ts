/**
 * Reads the tabs out of CodeTabs' rendered slot. Each <CodeTab> renders an element carrying
 * `data-code-tab="<lang>"` and `data-code-label="<label>"`; CodeTabs needs them, in order, to build
 * its tab strip on the server. Pure string work, no DOM.
 */
export interface TabInfo {
  /** Sync key shared across the page, e.g. "pytorch". */
  lang: string;
  /** Text of the tab, e.g. "PyTorch". */
  label: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Undoes the HTML escaping Astro applies to attribute values. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The tabs found in `html`, in document order. Nested CodeTabs are not supported. */
export function parseTabs(html: string): TabInfo[] {
  const tabs: TabInfo[] = [];
  for (const tag of html.matchAll(/<[a-z]+\s[^>]*\bdata-code-tab="([^"]*)"[^>]*>/g)) {
    const label = /\bdata-code-label="([^"]*)"/.exec(tag[0]);
    const lang = decodeAttribute(tag[1] ?? '');
    tabs.push({ lang, label: decodeAttribute(label?.[1] ?? lang) });
  }
  return tabs;
}
