import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { decisionLogView } from '../../../src/renderer/src/features/decisions';
import { DecisionLogView } from '../../../src/renderer/src/features/decisions/views';
import { addActionItem, addDecision } from '../../../src/shared/domain/board';
import { manualDecision, newActionItem } from '../../../src/shared/domain/decisions';
import { addPriorities } from '../../../src/shared/domain/priorities';
import { createWorkspace, type Workspace } from '../../../src/shared/domain/workspace';

const PAYLOAD = '<img src=x onerror=alert(1)>';

/** Every piece of user text the log shows, set to markup that would run if it were parsed. */
function hostileLog(): Workspace {
  let w = createWorkspace(
    { name: 'Q1', kind: 'offsite', period: '', organisation: '' },
    'ws',
    new Date('2027-01-10T09:00:00Z'),
  );
  w = addPriorities(w, [{ title: `${PAYLOAD} card` }], () => 'card');
  w = addDecision(w, {
    ...manualDecision('d', `${PAYLOAD} what`, '2027-01-10'),
    why: `${PAYLOAD} why`,
    alternatives: `${PAYLOAD} alternatives`,
    dissent: `<script>window.__pwned=1</script>`,
    owner: `${PAYLOAD} owner`,
    priorityIds: ['card'],
  });
  return addActionItem(w, newActionItem('a', { text: `${PAYLOAD} action`, owner: '', due: '' }, 'd'));
}

beforeEach(() => decisionLogView.reset());

describe('user text in the decision log', () => {
  it('reads as text when read-only, and no markup comes alive', () => {
    const { container } = render(<DecisionLogView workspace={hostileLog()} readOnly />);
    for (const text of ['what', 'why', 'alternatives', 'owner', 'card', 'action'])
      expect(screen.getAllByText(`${PAYLOAD} ${text}`).length).toBeGreaterThan(0);
    expect(screen.getByText('<script>window.__pwned=1</script>')).toBeTruthy();
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('sits in the fields as typed when editable', () => {
    const { container } = render(<DecisionLogView workspace={hostileLog()} readOnly={false} />);
    expect(screen.getByLabelText<HTMLInputElement>('What was decided').value).toBe(`${PAYLOAD} what`);
    expect(screen.getByDisplayValue(`${PAYLOAD} why`)).toBeTruthy();
    expect(screen.getByDisplayValue(`${PAYLOAD} action`)).toBeTruthy();
    expect(screen.getByText(`${PAYLOAD} card`)).toBeTruthy();
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
  });
});
