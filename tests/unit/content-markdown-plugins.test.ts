import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import rehypeBaseLinks from '~/markdown/base-links.mjs';
import rehypeMathmlCore, { mathLetter } from '~/markdown/mathml-core.mjs';
import rehypeHeadingLevels from '~/markdown/heading-levels.mjs';
import rehypeTaskLabels from '~/markdown/task-labels.mjs';
import remarkHeadingIds from '~/markdown/heading-ids.mjs';

type Plugin = NonNullable<UnifiedProcessorOptions['rehypePlugins']>[number];

/** Markdown → HTML through Astro's unified pipeline with the given rehype plugins. */
async function html(source: string, rehypePlugins: Plugin[]): Promise<string> {
  const renderer = await unified({ remarkPlugins: [remarkMath], rehypePlugins }).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(source)).code.replace(/\n/g, '');
}

/** MDX → compiled JS through the same pipeline (MDX components stay JSX elements in hast). */
async function mdx(source: string, rehypePlugins: Plugin[], remarkPlugins: UnifiedProcessorOptions['remarkPlugins'] = []): Promise<string> {
  const processor = unified({ remarkPlugins, rehypePlugins });
  const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
  return (await renderer.process(source, '/virtual/leccion.mdx', {})).code;
}

describe('rehype-task-labels', () => {
  it('puts each box and its text in one label, leaving a nested list outside', async () => {
    const out = await html('- [ ] uno **dos**\n  - [x] tres\n- normal\n', [rehypeTaskLabels]);
    expect(out).toContain(
      '<label class="checklist__item-label"><input type="checkbox" disabled><span> uno <strong>dos</strong></span></label><ul',
    );
    expect(out).toContain('<label class="checklist__item-label"><input type="checkbox" checked disabled><span> tres</span></label>');
    expect(out).toContain('<li>normal</li>');
  });

  it('reaches task lists inside MDX components', async () => {
    const out = await mdx('<Checklist>\n\n- [ ] uno\n\n</Checklist>\n', [rehypeTaskLabels]);
    expect(out).toMatch(/_jsxs\(_components\.label, \{\s*class: "checklist__item-label"/);
  });
});

describe('rehype-base-links', () => {
  it.each([
    [
      '/',
      '[u](/a/b/) [h](https://x.org/a) [r](c/) [f](#x) [p](//cdn.x/a)',
      ['href="/a/b/"', 'href="https://x.org/a"', 'href="c/"', 'href="#x"', 'href="//cdn.x/a"'],
    ],
    [
      '/cursoia',
      '[u](/a/b/) [h](https://x.org/a) [r](c/) [f](#x) [p](//cdn.x/a)',
      ['href="/cursoia/a/b/"', 'href="https://x.org/a"', 'href="c/"', 'href="#x"', 'href="//cdn.x/a"'],
    ],
    ['/cursoia/', '![i](/og/a.png)', ['src="/cursoia/og/a.png"']],
  ])('base %s', async (base, source, expected) => {
    const out = await html(source, [[rehypeBaseLinks, { base }]]);
    for (const e of expected) expect(out).toContain(e);
  });

  it('reaches links inside MDX components', async () => {
    const out = await mdx('<Callout>\n\n[u](/a/)\n\n</Callout>\n', [[rehypeBaseLinks, { base: '/sub/' }]]);
    expect(out).toContain('href: "/sub/a/"');
  });
});

describe('rehype-heading-levels', () => {
  it('gives each DemoSlot the level below the heading before it', async () => {
    const source =
      '## A\n\n<DemoSlot name="x" />\n\n### B\n\n<Callout>\n\n<DemoSlot name="y" />\n\n</Callout>\n\n###### F\n\n<DemoSlot name="z" level="2" />\n';
    const out = await mdx(source, [rehypeHeadingLevels]);
    const levels = [...out.matchAll(/name: "(\w)",\s*level: "(\d)"/g)].map((m) => `${m[1]}${m[2]}`);
    expect(levels).toEqual(['x3', 'y4', 'z6']);
  });

  it('gives each SelfCheck the level below the section it closes (its block), else below the heading before it', async () => {
    const source = '### Fun \\{#fun\\}\n\n#### Sub\n\n<SelfCheck block="fun" />\n\n## Otra\n\n<SelfCheck block="nada" />\n';
    const out = await mdx(source, [rehypeHeadingLevels], [remarkHeadingIds]);
    const levels = [...out.matchAll(/block: "(\w+)",\s*level: "(\d)"/g)].map((m) => `${m[1]}${m[2]}`);
    expect(levels).toEqual(['fun4', 'nada3']);
    expect(out).toMatch(/block: "fun",\s*level: "4",\s*section: "Fun"/);
  });
});

describe('rehype-mathml-core', () => {
  const render = (source: string) => html(source, [[rehypeKatex, { output: 'mathml', strict: 'ignore' }], rehypeMathmlCore]);

  it('writes script, bold and double-struck letters as Unicode letters, which MathML Core renders', async () => {
    const out = await render('$\\mathcal{B}$, $\\mathbf{x}$, $\\mathbb{R}$ y $\\mathcal{A}$');
    expect(out).not.toMatch(/mathvariant="(script|bold|double-struck)"/);
    for (const letter of ['ℬ', '𝐱', 'ℝ', '𝒜']) expect(out).toContain(`>${letter}</mi>`);
    expect(mathLetter('z', 'bold')).toBe('𝐳');
  });

  it('puts display formulas in a block of their own, leaves inline ones inline', async () => {
    const out = await render('Texto $a$.\n\n$$\nx = 1\n$$\n');
    expect(out).toMatch(/<div class="math-display"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" display="block">/);
    expect(out).toMatch(/<p>Texto <span class="katex"><math/);
  });

  it('stops at a variant it cannot render right', async () => {
    await expect(render('$\\mathfrak{g}$')).rejects.toThrow(/mathvariant="fraktur"/);
  });
});
