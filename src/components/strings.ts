/**
 * Every string the site's chrome shows the reader (layouts, pages, lesson components), in Spanish.
 * Demo islands keep their own strings module. Client scripts import from here too, so keep it small.
 */
export const ui = {
  siteName: 'CursoIA',
  siteTagline: 'Cursos de inteligencia artificial en español, con experimentos que se ejecutan en tu navegador.',
  skipLink: 'Saltar al contenido',
  homeLabel: 'Inicio',
  footer: 'CursoIA · Textos y demos en español. Todo se ejecuta en tu navegador: ningún dato sale de él.',
  offlineReady: 'Esta página y sus demos ya funcionan sin conexión en este navegador.',

  themeToggle: 'Tema oscuro',

  search: {
    label: 'Buscar en el curso',
    placeholder: 'Buscar…',
    loading: 'Cargando la búsqueda…',
    none: (q: string) => `Nada encontrado para «${q}».`,
    count: (n: number, q: string) => (n === 1 ? `1 lección habla de «${q}».` : `${n} lecciones hablan de «${q}».`),
    unavailable: 'La búsqueda no está disponible ahora (se construye con la web: npm run build; sin conexión, solo tras haberla usado).',
  },

  breadcrumbs: 'Ruta de navegación',
  tocTitle: 'En esta lección',
  /** The wide-screen sidebar's landmark: both indexes are in the page, so their names differ. */
  tocAsideLabel: 'En esta lección (índice lateral)',
  pagerLabel: 'Navegación entre lecciones',
  previous: 'Anterior',
  next: 'Siguiente',
  backToUnit: 'Volver a la unidad',
  comingSoon: 'Próximamente',

  lesson: 'Lección',
  unit: 'Unidad',
  course: 'Curso',
  readingTime: (minutes: number) => `${minutes} min de lectura`,
  updated: 'Actualizado el',
  objectivesTitle: 'Al terminar sabrás',
  prerequisitesTitle: 'Conviene saber antes',
  unitLessonsTitle: 'Lecciones',
  upcomingTitle: 'Próximamente',
  courseUnitsTitle: 'Unidades',
  coursesTitle: 'Cursos',
  lessonCount: (n: number) => (n === 1 ? '1 lección' : `${n} lecciones`),
  startLesson: 'Empezar la lección',

  notFoundTitle: 'Página no encontrada',
  notFoundText: 'La dirección que has abierto no existe o ha cambiado de sitio.',
  notFoundHome: 'Ir a la página de inicio',

  codeTabsLabel: 'Lenguaje del ejemplo',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar',
  scrollRegion: { table: 'Tabla (desplázala en horizontal)', math: 'Fórmula (desplázala en horizontal)' },

  checklistProgress: (done: number, total: number) => `${done} de ${total}`,
  checklistDone: 'completados',
  checklistReset: 'Desmarcar todo',

  selfCheck: {
    title: 'Comprueba lo que has entendido',
    titleOf: (section: string) => `Comprueba lo que has entendido: ${section}`,
    check: 'Comprobar',
    right: 'Correcto.',
    wrong: 'No es esa.',
    markRight: '✓ Respuesta correcta',
    markWrong: '✗ Respuesta incorrecta',
    choose: 'Elige una respuesta y pulsa «Comprobar».',
    rightSee: 'Lo explica:',
    wrongSee: 'Vuelve a intentarlo, o repasa:',
    showAnswer: 'Ver la respuesta',
    answer: 'Respuesta:',
    progress: (right: number, total: number) => `Has acertado ${right} de ${total}.`,
    reset: 'Borrar mis respuestas',
  },

  glossary: {
    intro: 'La misma palabra para cada concepto en todas las lecciones y demos de la unidad, con su nombre en inglés.',
    english: 'en inglés',
    numbers: 'Números:',
  },

  demoBadge: 'Demo interactiva',
  /** Link from a demo in a lesson to its own page (the page an iframe of the course shows). */
  demoFullScreen: 'Abrir en pantalla completa',
  embed: {
    /** «Demo de la lección <a>7.1 Batch Normalization</a> de CursoIA». */
    from: 'Demo de la lección',
    of: 'de',
    /** The link's accessible hint: it opens the lesson at the demo, in a new tab. */
    opensLesson: '(se abre en otra pestaña, en el punto de la lección donde está la demo)',
    /** With the lesson's code and title, or its code alone when that would pass a description's 160 characters. */
    description: (title: string, lesson: { code: string; title: string }) => {
      const of = (name: string) => `${title}: experimento interactivo de la lección ${name}, que entrena en tu navegador.`;
      const full = of(`${lesson.code} ${lesson.title}`);
      return full.length <= 160 ? full : of(lesson.code);
    },
  },

  callout: { nota: 'Nota', aviso: 'Aviso', error: 'Error frecuente', consejo: 'Consejo' },
} as const;

export type CalloutKind = keyof typeof ui.callout;
