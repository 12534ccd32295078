/**
 * Social cards (Open Graph / Twitter): one PNG per lesson in `public/og/<lesson slug>.png`, and the
 * site's own card. `npm run og-images` draws the missing ones (scripts/og-images.mjs); a unit test fails
 * when a published lesson has none.
 */
export const SOCIAL_IMAGE = { site: '/og/cursoia.png', width: 1200, height: 630 } as const;

/** Site path of a lesson's card, from the last segment of its id. */
export function socialImageOf(lessonSlug: string): string {
  return `/og/${lessonSlug}.png`;
}
