/**
 * One word for how aligned the team is, from Kendall's W. The bands follow Schmidt
 * (1997, "Managing Delphi surveys using nonparametric statistical techniques",
 * Decision Sciences 28(3):763–774, Table 1), who reads W = 0.7 as strong agreement,
 * 0.5 as moderate, 0.3 as weak and 0.1 as very weak:
 *
 *   W ≥ 0.7  aligned      strong agreement; the group order can be relied on
 *   W ≥ 0.5  moderate     a shared direction with real differences
 *   W ≥ 0.3  weak         some common ground; discuss before deciding
 *   W < 0.3  not aligned  very weak or no agreement (Schmidt's 0.1 band folds in here:
 *                         with 4–12 people the two are hard to tell apart)
 */
export type AgreementLabel = 'aligned' | 'moderate' | 'weak' | 'not aligned';

export const AGREEMENT_BANDS: ReadonlyArray<{ min: number; label: AgreementLabel; meaning: string }> = [
  { min: 0.7, label: 'aligned', meaning: 'Strong agreement: the group order can be relied on.' },
  { min: 0.5, label: 'moderate', meaning: 'A shared direction with real differences.' },
  { min: 0.3, label: 'weak', meaning: 'Some common ground; discuss before deciding.' },
  { min: 0, label: 'not aligned', meaning: 'Little or no agreement on the order.' },
];

export function agreementLabel(w: number): AgreementLabel {
  for (const band of AGREEMENT_BANDS) if (w >= band.min) return band.label;
  return 'not aligned';
}
