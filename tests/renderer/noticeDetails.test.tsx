import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticeBar } from '../../src/renderer/src/ui/NoticeBar';

describe('a refusal reads in plain words; the technical cause is folded under Details', () => {
  it('shows the sentence, and the cause only inside a closed Details disclosure', () => {
    render(
      <NoticeBar
        tone="error"
        title="Could not open the workspace"
        message="The file is cut off or holds text that is not part of a saved file."
        details="Not valid JSON: Unexpected end of JSON input"
        onDismiss={() => undefined}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The file is cut off');
    const disclosure = alert.querySelector('details');
    expect(disclosure).not.toBeNull();
    expect(disclosure!.open).toBe(false);
    expect(disclosure!.querySelector('summary')!.textContent).toBe('Details');
    expect(disclosure!.textContent).toContain('Unexpected end of JSON input');
  });

  it('has no Details when there is no technical cause', () => {
    render(<NoticeBar tone="info" title="Saved" message="All good." onDismiss={() => undefined} />);
    expect(screen.getByRole('status').querySelector('details')).toBeNull();
  });
});
