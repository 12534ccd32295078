/**
 * Client side of the theme toggle. The stored choice (`cursoia:tema` = "light" | "dark") wins over
 * the system preference; while nothing is stored, the page follows system changes live.
 */
const STORAGE_KEY = 'cursoia:tema';
type Theme = 'light' | 'dark';

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function apply(theme: Theme): void {
  document.documentElement.setAttribute('data-theme', theme);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-checked', String(theme === 'dark'));
  }
}

export function initThemeToggle(): void {
  const system = matchMedia('(prefers-color-scheme: dark)');
  apply(stored() ?? (system.matches ? 'dark' : 'light'));
  system.addEventListener('change', (event) => {
    if (!stored()) apply(event.matches ? 'dark' : 'light');
  });
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) apply(stored() ?? (system.matches ? 'dark' : 'light'));
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.addEventListener('click', () => {
      const next: Theme = document.documentElement.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
      apply(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private mode or storage disabled: the choice lasts for this page only.
      }
    });
  }
}
