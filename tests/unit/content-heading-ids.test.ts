import { unified } from '@astrojs/markdown-remark';
import type { Heading, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkHeadingIds, { slugify, takeExplicitId } from '~/markdown/heading-ids.mjs';

interface CollectedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Runs MDX through Astro's own unified pipeline and returns the headings Astro collected. */
async function mdxHeadings(source: string): Promise<CollectedHeading[]> {
  const processor = unified({ remarkPlugins: [remarkHeadingIds] });
  if (!processor.createMdxRenderer) throw new Error('the unified processor has no MDX renderer');
  const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false });
  const { code } = await renderer.process(source, '/virtual/leccion.mdx', {});
  const list = /getHeadings\(\)\s*\{\s*return\s*(\[[\s\S]*?\]);/.exec(code)?.[1];
  if (!list) throw new Error('no getHeadings() in the compiled MDX');
  return JSON.parse(list) as CollectedHeading[];
}

/** Same for plain Markdown; returns the HTML and the headings. */
async function markdown(source: string) {
  const renderer = await unified({ remarkPlugins: [remarkHeadingIds] }).createRenderer({ syntaxHighlight: false });
  return renderer.render(source);
}

describe('slugify', () => {
  it('drops accents and the ñ tilde, lowercases, and hyphenates', () => {
    expect(slugify('Introducción')).toBe('introduccion');
    expect(slugify('Explicación principal')).toBe('explicacion-principal');
    expect(slugify('Tamaño del batch')).toBe('tamano-del-batch');
    expect(slugify('  ¿Qué es «BN»?  ')).toBe('que-es-bn');
    expect(slugify('Errores típicos / trampas')).toBe('errores-tipicos-trampas');
  });
});

describe('remark-heading-ids in MDX', () => {
  it('uses an escaped {#id} marker as the id and removes it from the text (and so from the TOC)', async () => {
    const headings = await mdxHeadings(
      '## Errores típicos / trampas \\{#errores-tipicos\\}\n\n### Introducción \\{#introduccion\\}\n',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'errores-tipicos', text: 'Errores típicos / trampas' },
      { depth: 3, slug: 'introduccion', text: 'Introducción' },
    ]);
  });

  it('gives other headings accent-free slugs, including text inside emphasis and code', async () => {
    const headings = await mdxHeadings('## Motivación\n\n### Tamaño del *batch* y `eval()`\n');
    expect(headings.map((h) => h.slug)).toEqual(['motivacion', 'tamano-del-batch-y-eval']);
  });

  it('keeps slugs unique and never reuses an explicit id', async () => {
    const headings = await mdxHeadings('## Ejemplo\n\n## Ejemplo\n\n## Otro \\{#ejemplo-1\\}\n');
    expect(headings.map((h) => h.slug)).toEqual(['ejemplo', 'ejemplo-2', 'ejemplo-1']);
  });

  it('fails the build when two headings claim the same explicit id', async () => {
    await expect(mdxHeadings('## A \\{#dup\\}\n\n## B \\{#dup\\}\n')).rejects.toThrow(/dup/);
  });
});

describe('remark-heading-ids in Markdown', () => {
  it('writes the id on the HTML element', async () => {
    const { code, metadata } = await markdown('## Checklist accionable \\{#checklist\\}\n\n## Año nuevo\n');
    expect(code).toContain('<h2 id="checklist">Checklist accionable</h2>');
    expect(code).toContain('<h2 id="ano-nuevo">Año nuevo</h2>');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['checklist', 'ano-nuevo']);
  });

  it('leaves a brace that is not a trailing marker alone', async () => {
    const { code } = await markdown('## Conjuntos \\{#a\\} y más\n');
    expect(code).toContain('id="conjuntos-a-y-mas"');
  });
});

describe('takeExplicitId', () => {
  it('finds a marker split across text nodes and leaves the rest of the heading intact', () => {
    const heading: Heading = {
      type: 'heading',
      depth: 2,
      children: [
        { type: 'emphasis', children: [{ type: 'text', value: 'Cierre' }] },
        { type: 'text', value: ': siguientes pasos {' },
        { type: 'text', value: '#siguientes-pasos}' },
      ],
    };
    expect(takeExplicitId(heading)).toBe('siguientes-pasos');
    expect(heading.children).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'Cierre' }] },
      { type: 'text', value: ': siguientes pasos' },
    ]);
  });

  it('returns null (and changes nothing) without a marker', () => {
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Sin marca' }] };
    expect(takeExplicitId(heading)).toBeNull();
    expect(heading.children).toEqual([{ type: 'text', value: 'Sin marca' }]);
  });

  it('sets hProperties.id on the mdast node', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'heading', depth: 3, children: [{ type: 'text', value: 'Funcionamiento' }] }],
    };
    remarkHeadingIds()(tree);
    const data = (tree.children[0] as Heading).data as { hProperties?: { id?: unknown } } | undefined;
    expect(data?.hProperties?.id).toBe('funcionamiento');
  });
});
