import {
  formatMinutes,
  TEMPLATE_KIND_LABELS,
  totalMinutes,
  type Template,
} from '../../../../shared/domain/templates';

/** "QBR · Built-in · 13 sections · 5 h 45 min" */
export function TemplateSummary({ template }: { template: Template }) {
  const total = totalMinutes(template.sections);
  const n = template.sections.length;
  const parts = [
    TEMPLATE_KIND_LABELS[template.kind],
    template.origin === 'builtin' ? 'Built-in' : 'Yours',
    `${n} ${n === 1 ? 'section' : 'sections'}`,
    ...(total === null ? [] : [`${formatMinutes(total)} in timeboxes`]),
  ];
  return <p className="template-summary muted">{parts.join(' · ')}</p>;
}
