import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import rehypeBlocks, { BLOCK_CLASS } from '~/markdown/blocks.mjs';
import remarkHeadingIds from '~/markdown/heading-ids.mjs';

/** Compiles MDX through Astro's own unified pipeline with both lesson plugins; returns the JS. */
async function mdx(source: string): Promise<string> {
  const processor = unified({ remarkPlugins: [remarkHeadingIds], rehypePlugins: [rehypeBlocks] });
  if (!processor.createMdxRenderer) throw new Error('the unified processor has no MDX renderer');
  const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false });
  return (await renderer.process(source, '/virtual/leccion.mdx', {})).code;
}

/** Renders Markdown to HTML with the blocks plugin. */
async function html(source: string): Promise<string> {
  const renderer = await unified({ remarkPlugins: [remarkHeadingIds], rehypePlugins: [rehypeBlocks] }).createRenderer({
    syntaxHighlight: false,
  });
  return (await renderer.render(source)).code.replace(/\n/g, '');
}

const open = `<div class="${BLOCK_CLASS}">`;

describe('rehype-blocks', () => {
  it.each([
    [
      'each h2, h3 and h4 opens a block that runs to the next heading',
      '## A\n\nuno\n\n### B\n\ndos\n\ntres\n\n#### C\n\ncuatro\n',
      ['<h2 id="a">A</h2><p>uno</p>', '<h3 id="b">B</h3><p>dos</p><p>tres</p>', '<h4 id="c">C</h4><p>cuatro</p>'],
    ],
    [
      'what comes before the first heading is a block of its own',
      'antes\n\n## A\n\ndespués\n',
      ['<p>antes</p>', '<h2 id="a">A</h2><p>después</p>'],
    ],
    ['an h5 stays inside its block', '## A\n\n##### Nota\n\ntexto\n', ['<h2 id="a">A</h2><h5 id="nota">Nota</h5><p>texto</p>']],
  ])('%s', async (_, source, blocks) => {
    expect(await html(source)).toBe(blocks.map((b) => `${open}${b}</div>`).join(''));
  });

  it('keeps MDX imports at the top level and wraps components with the text around them', async () => {
    const code = await mdx("import X from './x.astro';\n\n## A\n\n<X />\n\ntexto\n");
    expect(code).toMatch(/^import X from '\.\/x\.astro';/m);
    // The block is a div whose children are the heading, the component and the paragraph.
    expect(code).toMatch(
      /_jsxs\(_components\.div, \{\s*class: "prose-block",\s*children: \[_jsx\(_components\.h2[\s\S]*_jsx\(X, \{\}\)[\s\S]*_components\.p/,
    );
  });
});
