/**
 * Client side of <SelfCheck>: «Comprobar» says whether the chosen option is right and why (the
 * option's explanation, rendered in the page, and the link to where the lesson shows it), in the
 * question's live region; each fieldset's `data-state` is `unanswered`, `chosen`, `right` or `wrong`,
 * and a mark beside the button says the last verdict. Choices and verdicts persist in localStorage per
 * lesson: a reader who comes back finds the options chosen and the marks (not the explanations, which
 * would push the page down after it is shown; «Comprobar» brings them back).
 */
import { ui } from './strings';

interface Answer {
  choice: number;
  checked: boolean;
}
type Answers = Record<string, Answer>;

const keyOf = (lesson: string): string => `cursoia:autoevaluacion:${lesson}`;

function load(lesson: string): Answers {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(lesson)) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Answers = {};
    for (const [id, a] of Object.entries(parsed as Record<string, unknown>)) {
      const { choice, checked } = (a ?? {}) as Partial<Answer>;
      if (Number.isInteger(choice) && typeof checked === 'boolean') out[id] = { choice: choice as number, checked };
    }
    return out;
  } catch {
    return {};
  }
}

/** Merges into what is stored (other blocks of the lesson write the same key); `null` forgets. */
function store(lesson: string, id: string, answer: Answer | null): void {
  try {
    const all = load(lesson);
    if (answer) all[id] = answer;
    else delete all[id];
    localStorage.setItem(keyOf(lesson), JSON.stringify(all));
  } catch {
    // Storage unavailable: answers last until the page is closed.
  }
}

interface Question {
  id: string;
  root: HTMLFieldSetElement;
  radios: HTMLInputElement[];
  feedback: HTMLElement;
  mark: HTMLElement | null;
}

const chosen = (q: Question): number => q.radios.findIndex((r) => r.checked);
/** The rendered explanation of an option; the right option's carries `data-correct`. */
const whyOf = (q: Question, choice: number): Element | null => q.root.querySelector(`[data-why="${choice}"]`);

/** The question's state and its mark for a checked choice. */
function markVerdict(q: Question, choice: number): boolean {
  const right = whyOf(q, choice)?.hasAttribute('data-correct') ?? false;
  q.root.dataset.state = right ? 'right' : 'wrong';
  if (q.mark) q.mark.textContent = right ? ui.selfCheck.markRight : ui.selfCheck.markWrong;
  return right;
}

/** The verdict, the chosen option's explanation and the link, as nodes (the explanation may hold <code>). */
function showVerdict(q: Question, choice: number): void {
  const right = markVerdict(q, choice);
  const verdict = document.createElement('strong');
  verdict.textContent = right ? ui.selfCheck.right : ui.selfCheck.wrong;
  const why = whyOf(q, choice);
  const see = q.root.querySelector<HTMLAnchorElement>('a[data-see]')?.cloneNode(true) as HTMLAnchorElement | undefined;
  see?.removeAttribute('data-see');
  q.feedback.replaceChildren(
    verdict,
    ' ',
    ...Array.from(why?.childNodes ?? [], (n) => n.cloneNode(true)),
    ` ${right ? ui.selfCheck.rightSee : ui.selfCheck.wrongSee} `,
    ...(see ? [see, '.'] : []),
  );
}

function setUp(root: HTMLElement): void {
  const lesson = root.dataset.selfCheck ?? '';
  const progress = root.querySelector<HTMLElement>('[data-progress]');
  const questions: Question[] = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].map((el) => ({
    id: el.dataset.question ?? '',
    root: el,
    radios: [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
    feedback: el.querySelector<HTMLElement>('[data-feedback]') ?? document.createElement('p'),
    mark: el.querySelector<HTMLElement>('[data-mark]'),
  }));

  const update = (): void => {
    const right = questions.filter((q) => q.root.dataset.state === 'right').length;
    if (progress) progress.textContent = ui.selfCheck.progress(right, questions.length);
  };

  const saved = load(lesson);
  for (const q of questions) {
    const answer = saved[q.id];
    if (answer && q.radios[answer.choice]) {
      q.radios[answer.choice].checked = true;
      q.root.dataset.state = 'chosen';
      if (answer.checked) markVerdict(q, answer.choice);
    }
    for (const radio of q.radios) {
      radio.addEventListener('change', () => {
        q.feedback.replaceChildren();
        if (q.mark) q.mark.textContent = '';
        q.root.dataset.state = 'chosen';
        store(lesson, q.id, { choice: chosen(q), checked: false });
        update();
      });
    }
    q.root.querySelector('[data-check]')?.addEventListener('click', () => {
      const choice = chosen(q);
      if (choice < 0) {
        q.feedback.textContent = ui.selfCheck.choose;
        return;
      }
      showVerdict(q, choice);
      store(lesson, q.id, { choice, checked: true });
      update();
    });
  }
  root.querySelector('[data-reset]')?.addEventListener('click', () => {
    for (const q of questions) {
      for (const radio of q.radios) radio.checked = false;
      q.feedback.replaceChildren();
      if (q.mark) q.mark.textContent = '';
      q.root.dataset.state = 'unanswered';
      store(lesson, q.id, null);
    }
    update();
  });
  update();
  root.dataset.ready = '';
}

export function initSelfChecks(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-self-check]:not([data-ready])')) setUp(root);
}
