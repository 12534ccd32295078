/**
 * Which demos a lesson places, read from its MDX source: each `<DemoSlot name="…" title="…">` is one
 * demo, declared once, in the lesson. The demos' embed pages (/demos/<name>/) come from this list, so
 * a demo added to any lesson gets its page, its title and its link back without another registry.
 */

export interface DemoSlotInfo {
  name: string;
  title: string;
}

/** Every DemoSlot of an MDX body, in order (attributes in either order; quotes single or double). */
export function demoSlotsOf(body: string): DemoSlotInfo[] {
  return [...body.matchAll(/<DemoSlot\b([^>]*)>/g)].map(([, attrs = '']) => {
    const attr = (key: string) =>
      new RegExp(`\\b${key}=(?:"([^"]*)"|'([^']*)')`)
        .exec(attrs)
        ?.slice(1)
        .find((v) => v !== undefined) ?? '';
    return { name: attr('name'), title: attr('title') };
  });
}
