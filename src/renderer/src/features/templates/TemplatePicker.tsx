import { useId } from 'react';
import { TEMPLATE_KIND_LABELS, type Template } from '../../../../shared/domain/templates';
import { useLibrary } from './useLibrary';

export type TemplateChoice = Pick<Template, 'id' | 'name' | 'kind' | 'origin'>;

/** The templates a new workspace can start from ([] while loading or when there is no library). */
export function useTemplateChoices(): TemplateChoice[] {
  const library = useLibrary();
  return library.state === 'ready' ? library.value : [];
}

/** The built-in made for this kind of meeting, when the library has it. */
export function suggestTemplateId(kind: string, choices: readonly TemplateChoice[]): string | null {
  return choices.find((c) => c.origin === 'builtin' && c.kind === kind)?.id ?? null;
}

type TemplatePickerProps = {
  choices: readonly TemplateChoice[];
  value: string | null;
  onChange: (id: string | null) => void;
};

/** "Start from": a template, or nothing. */
export function TemplatePicker({ choices, value, onChange }: TemplatePickerProps) {
  const id = useId();
  const builtIns = choices.filter((c) => c.origin === 'builtin');
  const mine = choices.filter((c) => c.origin === 'user');
  return (
    <div className="field">
      <label htmlFor={id}>Start from template</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">No template</option>
        {builtIns.length > 0 ? (
          <optgroup label="Built-in">
            {builtIns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {mine.length > 0 ? (
          <optgroup label="Your templates">
            {mine.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({TEMPLATE_KIND_LABELS[c.kind]})
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
