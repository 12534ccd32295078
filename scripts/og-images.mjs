#!/usr/bin/env node
// @ts-check
/**
 * Draws the social cards (Open Graph / Twitter, 1200×630 PNG) that the built pages ask for and
 * `public/og/` lacks: one per lesson, one for the site. Each card shows the page's own og:title and
 * og:description, so it says what the link opens. Run after `npm run build` when a lesson is added:
 *
 *   npm run og-images            (FORCE=1 redraws every card)
 *
 * Uses the system Chromium (or Playwright's). The cards are committed; the build only copies them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.mjs';

const dist = 'dist';
const out = 'public/og';
const size = { width: 1200, height: 630 };

/** @param {string} html @param {string} key */
const meta = (html, key) =>
  new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&') ?? '';

/** @type {Map<string, { title: string, description: string, kicker: string }>} */
const cards = new Map();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const html = readFileSync(file, 'utf8');
  // A card is drawn from the page it belongs to: a lesson's from the lesson (og:type article), the
  // site's from the home page. Other pages (course, unit, 404, a demo's page) only borrow one.
  const lesson = meta(html, 'og:type') === 'article';
  if (!lesson && file !== join(dist, 'index.html')) continue;
  const image = /\/og\/([\w-]+\.png)$/.exec(meta(html, 'og:image'))?.[1];
  if (!image || cards.has(image) || (existsSync(join(out, image)) && !process.env.FORCE)) continue;
  cards.set(image, {
    title: meta(html, 'og:title'),
    description: meta(html, 'og:description'),
    kicker: lesson ? (/<p class="eyebrow">([^<·]*)/.exec(html)?.[1]?.trim() ?? '') : 'Cursos de IA en español',
  });
}
if (cards.size === 0) {
  console.log('Todas las tarjetas existen (FORCE=1 para redibujarlas).');
  process.exit(0);
}

/** @param {string} text */
const esc = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {{ title: string, description: string, kicker: string }} card */
const page = (card) => `<!doctype html><html lang="es"><meta charset="utf-8"><style>
  body { margin: 0; width: ${size.width}px; height: ${size.height}px; font-family: system-ui, sans-serif;
    background: #0b1220; color: #e7eaee; display: grid; grid-template-rows: auto 1fr auto; padding: 64px 72px; box-sizing: border-box; }
  .brand { display: flex; align-items: center; gap: 18px; font-size: 34px; font-weight: 700; color: #8db4ff; }
  .brand svg { width: 56px; height: 56px; }
  .kicker { margin-top: 64px; font-size: 30px; color: #9fb3c8; text-transform: uppercase; letter-spacing: .08em; }
  /* A long title (two lines at most) takes a smaller size, so the description still fits. */
  h1 { margin: 12px 0 0; font-size: ${card.title.length > 28 ? 60 : 84}px; line-height: 1.05; }
  p { margin: 28px 0 0; font-size: 32px; line-height: 1.35; color: #c9d3de; max-width: 800px;
    display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
  .curve { position: absolute; right: 72px; bottom: 56px; width: 260px; opacity: .9; }
</style><body>
  <div class="brand"><svg viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#8db4ff"/><path d="M12 44 C22 44 24 16 32 16 S42 44 52 44" fill="none" stroke="#0b1220" stroke-width="6" stroke-linecap="round"/></svg>CursoIA</div>
  <div><div class="kicker">${esc(card.kicker)}</div><h1>${esc(card.title)}</h1><p>${esc(card.description)}</p></div>
  <svg class="curve" viewBox="0 0 260 90"><path d="M0 80 C60 80 70 10 130 10 S200 80 260 80" fill="none" stroke="#8db4ff" stroke-width="6" stroke-linecap="round"/></svg>
</body></html>`;

const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
const tab = await browser.newPage({ viewport: size });
mkdirSync(out, { recursive: true });
for (const [image, card] of cards) {
  await tab.setContent(page(card));
  await tab.screenshot({ path: join(out, image), type: 'png' });
  console.log(`${join(out, image)}: ${card.title}`);
}
await browser.close();
