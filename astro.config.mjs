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

// Static site. Maths is rendered to HTML at build time (KaTeX), code is highlighted at build time
// (Shiki, dual light/dark theme switched by CSS variables). Astro 7's default Markdown engine
// (Sätteri) runs no remark/rehype plugins, so we select the unified processor explicitly.
export default defineConfig({
  site: 'https://cursoia.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkHeadingIds],
      rehypePlugins: [[rehypeKatex, { output: 'html', strict: 'ignore' }], rehypeBlocks],
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, wrap: false },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [compileHints()],
    worker: { format: 'es' },
    build: process.env.NO_MINIFY ? { minify: false } : {},
    optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
  },
});
