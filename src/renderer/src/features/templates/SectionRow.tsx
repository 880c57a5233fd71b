import {
  SECTION_TYPE_INFO,
  SECTION_TYPES,
  sectionHeading,
  TEMPLATE_LIMITS,
  type Section,
  type SectionChange,
  type SectionType,
} from '../../../../shared/domain/templates';
import { CommittedInput } from '../../ui/CommittedInput';
import { DragHandle, MoveButtons, useSortableRow } from '../../ui/SortableRow';
import { DraftTextArea } from './DraftTextArea';
import { TimeboxInput } from './TimeboxInput';

type SectionRowProps = {
  section: Section;
  index: number;
  count: number;
  onEdit: (change: SectionChange) => void;
  onRetype: (type: SectionType) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** One section in the editor: draggable by its handle (mouse, touch or keyboard). */
export function SectionRow({ section, index, count, onEdit, onRetype, onMove, onRemove }: SectionRowProps) {
  const { row, handle, isDragging } = useSortableRow(section.id);
  const heading = sectionHeading(section);
  return (
    <li
      {...row}
      className={isDragging ? 'section-row section-row-dragging' : 'section-row'}
      aria-label={`Section ${index + 1}: ${heading}`}
    >
      <DragHandle handle={handle} name={heading} />
      <span className="section-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="section-fields">
        <div className="section-line">
          <select
            aria-label="Section type"
            value={section.type}
            onChange={(e) => onRetype(e.target.value as SectionType)}
          >
            {SECTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {SECTION_TYPE_INFO[type].label}
              </option>
            ))}
          </select>
          <CommittedInput
            aria-label="Section title"
            value={section.title}
            maxLength={TEMPLATE_LIMITS.sectionTitle}
            placeholder={SECTION_TYPE_INFO[section.type].label}
            onCommit={(title) => onEdit({ title })}
          />
          <TimeboxInput
            label={`Timebox for “${heading}”, in minutes`}
            minutes={section.minutes}
            onCommit={(minutes) => onEdit({ minutes })}
          />
        </div>
        <DraftTextArea
          aria-label={`Guidance prompts for “${heading}”, one per line`}
          className="prompts-input"
          rows={Math.min(6, Math.max(2, section.prompts.length))}
          placeholder="Guidance for whoever fills this in, one prompt per line"
          maxLength={TEMPLATE_LIMITS.promptsPerSection * (TEMPLATE_LIMITS.prompt + 1)}
          value={section.prompts.join('\n')}
          onCommit={(text) => onEdit({ prompts: toPrompts(text) })}
        />
        <p className="section-hint">{SECTION_TYPE_INFO[section.type].description}</p>
      </div>
      <div className="section-actions">
        <MoveButtons name={heading} index={index} count={count} onMove={onMove} />
        <button
          type="button"
          className="button button-ghost button-small button-danger"
          aria-label={`Remove “${heading}”`}
          onClick={onRemove}
        >
          ✕
        </button>
      </div>
    </li>
  );
}

/** One prompt per non-empty line, within the limits (longer text is cut, never refused). */
function toPrompts(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, TEMPLATE_LIMITS.promptsPerSection)
    .map((line) => line.slice(0, TEMPLATE_LIMITS.prompt));
}
