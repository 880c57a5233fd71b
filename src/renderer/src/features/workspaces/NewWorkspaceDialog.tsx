import { useState } from 'react';
import { suggestPeriod, WORKSPACE_KINDS, type WorkspaceKind } from '../../../../shared/domain/workspace';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { suggestTemplateId, TemplatePicker, useTemplateChoices } from '../templates';
import { KIND_LABELS } from './labels';
import { useWorkspaces, workspaceActions } from './store';

export function NewWorkspaceDialog() {
  const info = useWorkspaces((s) => s.info);
  const busy = useWorkspaces((s) => s.busy);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<WorkspaceKind>('offsite');
  const [period, setPeriod] = useState(() => suggestPeriod(new Date()));
  const [organisation, setOrganisation] = useState('');
  const [folder, setFolder] = useState(info?.defaultWorkspaceParent ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const templateChoices = useTemplateChoices();
  // Until the user picks one, the template follows the kind (QBR: the QBR built-in).
  const [pickedTemplate, setPickedTemplate] = useState<string | null | undefined>(undefined);
  const templateId = pickedTemplate === undefined ? suggestTemplateId(kind, templateChoices) : pickedTemplate;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (name.trim().length === 0) {
      setNameError('Give the workspace a name, for example “Q1 2027 Leadership Offsite”.');
      return;
    }
    if (folder.trim().length === 0) {
      setFormError('Choose a folder for the workspace.');
      return;
    }
    const error = await workspaceActions.create(
      { name, kind, period, organisation, ...(templateId ? { templateId } : {}) },
      folder,
    );
    setFormError(error);
    // Made from a template: the agenda starts with its sections and timeboxes.
    if (error === null && templateId) {
      await import('../agenda/views').then((m) => m.seedAgendaFromTemplate(templateId));
    }
  };

  const choose = async () => {
    const picked = await workspaceActions.pickFolder(folder);
    if (picked) setFolder(picked);
  };

  return (
    <Dialog
      title="New workspace"
      onClose={workspaceActions.closeNewDialog}
      footer={
        <>
          <button type="button" className="button" onClick={workspaceActions.closeNewDialog}>
            Cancel
          </button>
          <button type="submit" form="new-workspace" className="button button-primary" disabled={busy}>
            Create workspace
          </button>
        </>
      }
    >
      <form id="new-workspace" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Name" error={nameError}>
          {(id, describedBy) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={name}
              maxLength={200}
              placeholder="Q1 2027 Leadership Offsite"
              onChange={(e) => {
                setName(e.target.value);
                setNameError(null);
              }}
            />
          )}
        </Field>
        <fieldset className="segmented" aria-label="Kind">
          <legend>Kind</legend>
          {WORKSPACE_KINDS.map((k) => (
            <label key={k} className={k === kind ? 'segment segment-on' : 'segment'}>
              <input type="radio" name="kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
              {KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
        <TemplatePicker choices={templateChoices} value={templateId} onChange={setPickedTemplate} />
        <div className="field-row">
          <Field label="Period" hint="For example 2027-Q1 or FY2027">
            {(id, describedBy) => (
              <input
                id={id}
                aria-describedby={describedBy}
                value={period}
                maxLength={40}
                onChange={(e) => setPeriod(e.target.value)}
              />
            )}
          </Field>
          <Field label="Organisation">
            {(id) => (
              <input
                id={id}
                value={organisation}
                maxLength={200}
                placeholder="Acme Corp"
                onChange={(e) => setOrganisation(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field
          label="Folder"
          hint="The workspace is a folder of its own inside this one. It never leaves your machine."
        >
          {(id, describedBy) => (
            <div className="input-with-button">
              <input
                id={id}
                aria-describedby={describedBy}
                value={folder}
                onChange={(e) => setFolder(e.target.value)}
              />
              <button type="button" className="button" onClick={() => void choose()}>
                Choose…
              </button>
            </div>
          )}
        </Field>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
