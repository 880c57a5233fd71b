import type { Link, Priority } from '../workspace';

/**
 * How each link kind and card status is drawn, in one place so the canvas, the legend and
 * the exported image agree. Colours are Okabe–Ito (safe for colour-blind viewers and on a
 * washed-out projector); each kind also differs by dash and arrow, never by colour alone.
 */
export type LinkStyle = {
  stroke: string;
  dash: string | null;
  arrow: boolean;
  width: number;
  legend: string;
};

export const LINK_STYLES: Record<Link['kind'], LinkStyle> = {
  'depends-on': {
    stroke: '#1f2937',
    dash: null,
    arrow: true,
    width: 2,
    legend: 'depends on (arrow points to what it needs)',
  },
  'conflicts-with': {
    stroke: '#d55e00',
    dash: '8 5',
    arrow: false,
    width: 3,
    legend: 'conflicts with: cannot both happen this quarter',
  },
  'trades-off': {
    stroke: '#e69f00',
    dash: '2 5',
    arrow: false,
    width: 3,
    legend: 'trades off against: labelled with the cost',
  },
  supports: { stroke: '#009e73', dash: null, arrow: false, width: 2, legend: 'supports' },
};

export type StatusStyle = { fill: string; border: string; text: string; label: string; dashed: boolean };

export const STATUS_STYLES: Record<Priority['status'], StatusStyle> = {
  candidate: { fill: '#ffffff', border: '#0072b2', text: '#111827', label: 'Candidate', dashed: false },
  committed: { fill: '#e3f4ee', border: '#009e73', text: '#064e3b', label: 'Committed', dashed: false },
  deferred: { fill: '#fdf3e1', border: '#b67a00', text: '#5b3d00', label: 'Deferred', dashed: true },
  dropped: { fill: '#f3f4f6', border: '#6b7280', text: '#4b5563', label: 'Dropped', dashed: true },
};
