/** /robots.txt: crawl everything, and where the sitemap is. (Under a sub-path `base`, hosts only read the root's robots.txt: see README.) */
import type { APIRoute } from 'astro';
import { robotsTxt } from '~/content/sitemap';
import { withBase } from '~/lib/site-path';

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(new URL(withBase('/sitemap.xml'), site ?? url).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
