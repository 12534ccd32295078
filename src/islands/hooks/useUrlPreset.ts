/**
 * Demo settings that live in the URL query (`?demo=<name>&lr=…`), as a Preact hook. On mount it reads
 * the query addressed to this demo through the schema (src/lib/query.ts): valid values are applied,
 * invalid ones ignored and explained in Spanish `notes`. When the reader changes a setting, the
 * address bar is rewritten (history.replaceState, no reload, hash kept; debounced by 250 ms) so the
 * link reproduces it.
 * During server rendering, and until mount, the settings are the defaults.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { defaultSettings, parseQuery, toQuery, type QuerySchema, type SettingsOf } from '../../lib/query';
import { common } from '../strings/common';

export interface UrlPreset<S extends QuerySchema> {
  settings: SettingsOf<S>;
  /** Spanish notes, one per ignored URL parameter (empty when the link was fine). */
  notes: string[];
  /** Whether the settings came from a link addressed to this demo. */
  fromUrl: boolean;
  /** Change some settings; the URL follows. */
  update: (patch: Partial<SettingsOf<S>>) => void;
  /** A link (path + query + demo anchor) that reproduces the current settings. */
  shareHref: string;
}

export function useUrlPreset<S extends QuerySchema>(demo: string, schema: S): UrlPreset<S> {
  const [settings, setSettings] = useState<SettingsOf<S>>(() => defaultSettings(schema));
  const [notes, setNotes] = useState<string[]>([]);
  const [fromUrl, setFromUrl] = useState(false);

  useEffect(() => {
    const parsed = parseQuery(demo, schema, new URLSearchParams(window.location.search));
    if (!parsed.addressed) return;
    setSettings(parsed.settings);
    setNotes(parsed.notes.map(common.url.note));
    setFromUrl(true);
  }, [demo, schema]);

  // The address bar follows the reader's changes (debounced: a slider sends many inputs, and browsers
  // throttle history updates). Nothing is written until the reader changes something.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(() => {
      const { pathname, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}?${toQuery(demo, schema, settings)}${hash}`);
    }, 250);
    return () => clearTimeout(timer);
  }, [touched, settings, demo, schema]);

  const update = useCallback((patch: Partial<SettingsOf<S>>) => {
    setSettings((prev) => ({ ...prev, ...patch }));
    setTouched(true);
  }, []);

  const shareHref = `?${toQuery(demo, schema, settings)}#demo-${demo}`;
  return { settings, notes, fromUrl, update, shareHref };
}
