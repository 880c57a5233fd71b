import type { SelectHTMLAttributes } from 'react';

type ChoiceSelectProps<T extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
> & {
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onChoose: (choice: T) => void;
};

/** A select over a fixed list of typed choices (axes, link kinds, statuses), labelled in words. */
export function ChoiceSelect<T extends string>({
  value,
  choices,
  labelOf,
  onChoose,
  ...rest
}: ChoiceSelectProps<T>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChoose(e.target.value as T)}>
      {choices.map((c) => (
        <option key={c} value={c}>
          {labelOf(c)}
        </option>
      ))}
    </select>
  );
}
