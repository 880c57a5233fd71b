import type { FlagTarget } from '../../../../shared/domain/cascade';

/** What a flag points at, as a DOM attribute value: "contribution:c-1". */
export const targetKey = (kind: FlagTarget['kind'], id: string) => `${kind}:${id}`;

/** Props for an element a flag can point at: its key, and the highlight when it does. */
export type TargetProps = (
  kind: FlagTarget['kind'],
  id: string,
) => { 'data-cascade-target': string; className?: string };

export function targetPropsFor(highlighted: ReadonlySet<string>, base = ''): TargetProps {
  return (kind, id) => {
    const key = targetKey(kind, id);
    const classes = [base, highlighted.has(key) ? 'is-flag-target' : ''].filter(Boolean).join(' ');
    return { 'data-cascade-target': key, ...(classes ? { className: classes } : {}) };
  };
}
