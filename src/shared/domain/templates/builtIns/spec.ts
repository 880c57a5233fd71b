import type { SectionType, TemplateKind } from '../schema';

/** A shipped template as written by hand; `materialize` turns it into a stored Template. */
export type BuiltInSpec = {
  id: string;
  /** Raise it whenever the text changes: installed copies are replaced by the newer one. */
  version: number;
  /** When this version was written (the stored template's updatedAt). */
  releasedAt: string;
  name: string;
  kind: TemplateKind;
  description: string;
  sections: ReadonlyArray<{
    type: SectionType;
    title: string;
    prompts: readonly string[];
    /** The timebox, for agenda-style templates. */
    minutes?: number;
  }>;
};
