import { z } from 'zod';
import { Template, TEMPLATE_LIMITS } from './schema';

/**
 * The copy of the user's templates that main keeps in the app's data folder
 * (`templates.json`), so that a wiped or unreadable IndexedDB loses nothing
 * (docs/quality.md I2). Built-ins are not in it: the app ships them.
 */
export const MIRROR_FORMAT = 'offsite.templates-mirror';
export const MIRROR_VERSION = 1;
/** Far above what 5,000 real templates take; a bigger file is refused before it is read. */
export const MAX_MIRROR_BYTES = 64 * 1024 * 1024;

export const UserTemplates = z
  .array(Template)
  .max(TEMPLATE_LIMITS.userTemplates)
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    for (const t of list) {
      if (t.origin !== 'user') ctx.addIssue({ code: 'custom', message: 'Only user templates are mirrored.' });
      if (ids.has(t.id)) ctx.addIssue({ code: 'custom', message: `Two templates share the id "${t.id}".` });
      ids.add(t.id);
    }
  });

export const MirrorSnapshot = z.strictObject({
  savedAt: z.iso.datetime({ offset: true }),
  templates: UserTemplates,
});
export type MirrorSnapshot = z.infer<typeof MirrorSnapshot>;

export const MirrorFile = MirrorSnapshot.extend({
  format: z.literal(MIRROR_FORMAT),
  version: z.literal(MIRROR_VERSION),
});
export type MirrorFile = z.infer<typeof MirrorFile>;
