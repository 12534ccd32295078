/**
 * Adds a «Copiar» button to every highlighted code block inside `.prose`, and announces the result
 * («Copiado» / «No se pudo copiar») in one shared, visually hidden `role="status"` region.
 */
import { ui } from './strings';

const RESET_MS = 2000;

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or an insecure context: fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function statusRegion(): HTMLElement {
  let region = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!region) {
    region = document.createElement('p');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.dataset.copyStatus = '';
    document.body.append(region);
  }
  return region;
}

function enhance(pre: HTMLPreElement): void {
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  pre.before(wrapper);
  wrapper.append(pre);

  const lang = pre.dataset.language;
  if (lang && lang !== 'plaintext' && lang !== 'text') {
    const tag = document.createElement('p');
    tag.className = 'code-block__lang';
    tag.setAttribute('aria-hidden', 'true');
    tag.textContent = lang;
    wrapper.append(tag);
  }

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-block__copy';
  button.textContent = ui.copy;
  let timer = 0;
  button.addEventListener('click', async () => {
    const ok = await writeClipboard(pre.querySelector('code')?.innerText ?? pre.innerText);
    const message = ok ? ui.copied : ui.copyFailed;
    button.textContent = message;
    button.toggleAttribute('data-copied', ok);
    const region = statusRegion();
    region.textContent = '';
    requestAnimationFrame(() => (region.textContent = message));
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      button.textContent = ui.copy;
      button.removeAttribute('data-copied');
    }, RESET_MS);
  });
  wrapper.append(button);
}

export function initCopyButtons(): void {
  statusRegion();
  for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre.astro-code')) {
    if (!pre.parentElement?.classList.contains('code-block')) enhance(pre);
  }
}
