export { BoardError } from './boardError';
export * from './axes';
export * from './boardRules';
export * from './boardEdits';
export * from './decisionLog';
export * from './clipboard';
export * from './linkStyles';
export { renderBoardSvg, escapeXml, type BoardSvgOptions } from './boardSvg';
export { countOf } from './plural';
