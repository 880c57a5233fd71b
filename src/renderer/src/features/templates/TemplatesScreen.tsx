import { useRef } from 'react';
import { templateActions } from './actions';
import { TemplateDetail } from './TemplateDetail';
import { TemplateList } from './TemplateList';
import { UndoBar } from './UndoBar';
import { useTemplates } from './store';

/** The template library: the list on the left, the chosen template on the right. */
export function TemplatesScreen() {
  const status = useTemplates((s) => s.status);
  const unavailableReason = useTemplates((s) => s.unavailableReason);
  const mirrorError = useTemplates((s) => s.mirrorError);
  const fileInput = useRef<HTMLInputElement>(null);
  const usable = status !== 'unavailable';

  return (
    <div className="templates">
      <header className="topbar">
        <button type="button" className="button button-ghost" onClick={templateActions.closeScreen}>
          ← Home
        </button>
        <div className="topbar-title">
          <h1>Templates</h1>
          <span className="muted">Outlines for reviews and offsites. Kept on this machine.</span>
        </div>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Template file to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // choosing the same file again still imports it
            if (file) void templateActions.importFile(file);
          }}
        />
        <button
          type="button"
          className="button"
          disabled={!usable}
          onClick={() => fileInput.current?.click()}
        >
          Import…
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!usable}
          onClick={() => void templateActions.create({ name: 'Untitled template' })}
        >
          New template
        </button>
      </header>
      {mirrorError ? (
        <div className="banner banner-warning" role="status">
          <strong>Your templates are saved, but the copy on disk is out of date.</strong> {mirrorError}
        </div>
      ) : null}
      {usable ? (
        <div className="templates-body">
          <TemplateList />
          <TemplateDetail />
        </div>
      ) : (
        <main className="templates-unavailable">
          <p className="empty">Templates cannot be used right now. {unavailableReason}</p>
        </main>
      )}
      <UndoBar />
    </div>
  );
}
