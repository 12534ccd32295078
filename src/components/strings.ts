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

  themeToggle: 'Tema oscuro',

  breadcrumbs: 'Ruta de navegación',
  tocTitle: 'En esta lección',
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

  demoBadge: 'Demo interactiva',

  callout: { nota: 'Nota', aviso: 'Aviso', error: 'Error frecuente', consejo: 'Consejo' },
} as const;

export type CalloutKind = keyof typeof ui.callout;
