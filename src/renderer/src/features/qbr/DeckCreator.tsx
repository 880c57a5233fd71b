import { useState } from 'react';
import type { Workspace } from '../../../../shared/domain/workspace';
import { suggestTemplateId, TemplatePicker, useTemplate, useTemplateChoices } from '../templates';
import { deckActions } from './deckActions';

/**
 * Before there is a deck: pick the template it starts from (the one the workspace was
 * made from, when the library still has it) and create it.
 */
export function DeckCreator({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const choices = useTemplateChoices();
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const remembered = choices.some((c) => c.id === workspace.templateId) ? workspace.templateId : null;
  const templateId = picked === undefined ? (remembered ?? suggestTemplateId('qbr', choices)) : picked;
  const template = useTemplate(templateId);
  const loaded = template.state === 'ready' ? (template.value ?? null) : null;
  // With no template chosen, the deck takes the default QBR order; a chosen one must be read first.
  const ready = templateId === null || loaded !== null;
  return (
    <section className="card deck-start" aria-labelledby="deck-start-title">
      <h2 id="deck-start-title">QBR deck</h2>
      <p className="deck-start-lead">
        The deck is made from a template’s sections. The ranking result, the trade-off board, the decisions,
        the action items and the priorities fill themselves from this workspace and stay up to date; you add
        the KPIs, last period’s commitments and your own text.
      </p>
      <TemplatePicker choices={choices} value={templateId} onChange={setPicked} />
      {templateId === null ? (
        <p className="muted">Without a template the deck follows the usual QBR order.</p>
      ) : null}
      <button
        type="button"
        className="button button-primary"
        disabled={readOnly || !ready}
        onClick={() => deckActions.create(loaded)}
      >
        Create deck
      </button>
    </section>
  );
}
