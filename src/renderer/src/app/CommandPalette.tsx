import { useMemo, useState } from 'react';
import { shortcutText } from '../../../shared/commands';
import { Dialog } from '../ui/Dialog';
import { APP_ACTIONS, runAction } from './actions';

const isMac = typeof navigator !== 'undefined' && navigator.userAgent.includes('Mac');

/** Every registered action, searchable: the facilitator's fastest way around under time pressure. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(
    () =>
      APP_ACTIONS.filter((a) => a.enabled() && a.label.toLowerCase().includes(query.trim().toLowerCase())),
    [query],
  );
  const run = (id: string) => {
    onClose();
    runAction(id);
  };
  return (
    <Dialog title="Command palette" onClose={onClose} width={520}>
      <input
        className="palette-input"
        aria-label="Search commands"
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(matches.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter' && matches[active]) run(matches[active].id);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="palette-list" role="listbox" aria-label="Commands">
        {matches.map((a, i) => (
          <li key={a.id} role="option" aria-selected={i === active}>
            <button
              type="button"
              className={i === active ? 'palette-item palette-active' : 'palette-item'}
              onClick={() => run(a.id)}
            >
              <span>{a.label}</span>
              {a.shortcut ? <kbd>{shortcutText(a.shortcut, isMac)}</kbd> : null}
            </button>
          </li>
        ))}
        {matches.length === 0 ? <li className="muted">No command matches.</li> : null}
      </ul>
    </Dialog>
  );
}
