import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '~/content/sitemap';
import { courseData, lessonData } from '~/content/structured-data';
import { normalizeBase } from '~/lib/base-path.mjs';
import { withBase } from '~/lib/site-path';

describe('sitemap and robots', () => {
  it('lists absolute URLs, escaped, with the day of the last change', () => {
    const xml = sitemapXml([{ loc: 'https://s.org/a/' }, { loc: 'https://s.org/b/?x=1&y=2', lastmod: new Date('2026-11-26T10:00:00Z') }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://s.org/a/</loc></url>');
    expect(xml).toContain('<url><loc>https://s.org/b/?x=1&amp;y=2</loc><lastmod>2026-11-26</lastmod></url>');
    expect(robotsTxt('https://s.org/sitemap.xml')).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: https:\/\/s\.org\/sitemap\.xml\n$/);
  });
});

describe('structured data', () => {
  const course = { url: 'https://s.org/c/', name: 'Curso', description: 'D' };
  it('a course names its provider', () => {
    expect(courseData(course, 'CursoIA', 'https://s.org/')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Curso',
      provider: { '@type': 'Organization', name: 'CursoIA' },
    });
  });
  it('a lesson is a LearningResource part of its course, with ISO 8601 time', () => {
    const data = lessonData(
      {
        url: 'https://s.org/c/u/l/',
        name: '7.1 BN',
        description: 'd',
        image: 'https://s.org/og/l.png',
        readingMinutes: 30,
        updated: new Date('2026-11-26'),
        objectives: ['a'],
        course,
      },
      'CursoIA',
      'https://s.org/',
    );
    expect(data).toMatchObject({
      '@type': 'LearningResource',
      timeRequired: 'PT30M',
      dateModified: '2026-11-26',
      teaches: ['a'],
      isPartOf: { '@type': 'Course', url: 'https://s.org/c/' },
    });
  });
});

describe('withBase', () => {
  it.each([
    ['/a/', '/', '/a/'],
    ['/a/', '/sub/', '/sub/a/'],
    ['/', '/sub/', '/sub/'],
    ['https://x.org/', '/sub/', 'https://x.org/'],
    ['//x.org/', '/sub/', '//x.org/'],
    ['#a', '/sub/', '#a'],
  ])('%s under %s → %s', (path, base, expected) => expect(withBase(path, base)).toBe(expected));
});

describe('normalizeBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['cursoia', '/cursoia/'],
    ['/cursoia', '/cursoia/'],
    ['/cursoia/', '/cursoia/'],
  ])('%j → %s', (base, expected) => expect(normalizeBase(base)).toBe(expected));
});
