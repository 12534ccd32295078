/** /sitemap.xml: every public page (home, courses, units, published lessons, demo pages), absolute URLs under `site` + `base`. */
import type { APIRoute } from 'astro';
import { getCourses, getDemos, getLessons, getUnits } from '~/content/catalog';
import { pathOf } from '~/content/navigation';
import { sitemapXml } from '~/content/sitemap';
import { withBase } from '~/lib/site-path';

export const GET: APIRoute = async ({ site, url }) => {
  const absolute = (path: string) => new URL(path, site ?? url).href;
  const [courses, units, lessons, demos] = await Promise.all([getCourses(), getUnits(), getLessons(), getDemos()]);
  const entries = [
    { loc: absolute(withBase('/')) },
    ...courses.map((c) => ({ loc: absolute(pathOf(c.id)) })),
    ...units.map((u) => ({ loc: absolute(pathOf(u.id)) })),
    ...lessons.map((l) => ({ loc: absolute(pathOf(l.id)), lastmod: l.data.updated })),
    ...demos.map((d) => ({ loc: absolute(withBase(`/demos/${d.name}/`)), lastmod: d.lesson.data.updated })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
