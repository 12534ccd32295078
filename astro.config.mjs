// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkHeadingIds from './src/markdown/heading-ids.mjs';
import rehypeBlocks from './src/markdown/blocks.mjs';
import compileHints from './src/build/compile-hints.mjs';
import rehypeBaseLinks from './src/markdown/base-links.mjs';
import rehypeMathmlCore from './src/markdown/mathml-core.mjs';
import rehypeTaskLabels from './src/markdown/task-labels.mjs';
import rehypeHeadingLevels from './src/markdown/heading-levels.mjs';
import siteFiles from './src/build/site-files.mjs';

// Where the site is published: `SITE_URL` (scheme and host, for canonical URLs, the sitemap and social
// cards) and `SITE_BASE` (a sub-path such as /cursoia/ for a project page; '/' by default). README, «Publicar».
const site = process.env.SITE_URL ?? 'https://cursoia.example';
const base = process.env.SITE_BASE ?? '/';

// Static site. Maths is rendered to MathML at build time (KaTeX; MathML Core, which browsers draw
// with no CSS or fonts of ours: src/markdown/mathml-core.mjs), code is highlighted at build time
// (Shiki, dual light/dark theme switched by CSS variables). Astro 7's default Markdown engine
// (Sätteri) runs no remark/rehype plugins, so we select the unified processor explicitly.
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), siteFiles()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkHeadingIds],
      rehypePlugins: [
        [rehypeKatex, { output: 'mathml', strict: 'ignore' }],
        rehypeMathmlCore,
        rehypeBlocks,
        rehypeTaskLabels,
        rehypeHeadingLevels,
        [rehypeBaseLinks, { base }],
      ],
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, wrap: false },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [compileHints()],
    worker: { format: 'es' },
    // No asset inlined as a data: URL (fonts would need `font-src data:` in the CSP).
    build: { assetsInlineLimit: 0, ...(process.env.NO_MINIFY ? { minify: false } : {}) },
    optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
  },
});
