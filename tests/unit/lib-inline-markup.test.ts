import { expect, it } from 'vitest';
import { escapeHtml, inlineHtml } from '~/lib/inline-markup';

it.each([
  ['plain text', 'media y varianza', 'media y varianza'],
  ['code spans', 'llama a `model.eval()` y a `train()`', 'llama a <code>model.eval()</code> y a <code>train()</code>'],
  ['markup is escaped, inside code too', '<b>x</b> & `a<b>`', '&lt;b&gt;x&lt;/b&gt; &amp; <code>a&lt;b&gt;</code>'],
  ['an unpaired backtick stays', 'un ` suelto', 'un ` suelto'],
  ['quotes are escaped', `"a" y 'b'`, '&quot;a&quot; y &#39;b&#39;'],
])('%s', (_name, input, out) => {
  expect(inlineHtml(input)).toBe(out);
});

it('escapeHtml leaves nothing a browser would parse as a tag or an entity', () => {
  expect(escapeHtml('<script>&amp;')).toBe('&lt;script&gt;&amp;amp;');
});
