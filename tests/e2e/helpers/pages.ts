/** The site's public URLs and lesson anchors (DESIGN.md, "Public contract"). */
import { sitemapPaths } from './built-site';

export const HOME = '/';
export const COURSE = '/optimizacion-de-redes-neuronales/';
export const UNIT_7 = '/optimizacion-de-redes-neuronales/unidad-7/';
export const LESSON_7_1 = '/optimizacion-de-redes-neuronales/unidad-7/batch-normalization/';
export const LESSON_7_2 = '/optimizacion-de-redes-neuronales/unidad-7/layer-normalization/';
export const LESSON_7_3 = '/optimizacion-de-redes-neuronales/unidad-7/group-normalization/';

/** Every page that must answer 200: the contract's, and every other page of the build's sitemap. */
export const PAGES = [...new Set([HOME, COURSE, UNIT_7, LESSON_7_1, LESSON_7_2, LESSON_7_3, ...sitemapPaths()])];

/** h2 ids of every lesson. */
export const SECTION_IDS = ['motivacion', 'errores-tipicos', 'checklist', 'siguientes-pasos'] as const;
/** h3 ids under Motivación. */
export const SUBSECTION_IDS = ['introduccion', 'explicacion-principal', 'funcionamiento', 'ejemplo'] as const;
