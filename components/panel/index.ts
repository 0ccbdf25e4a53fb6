export { FiguresPanel, type FiguresPanelProps, type FormatValue, type PanelActions } from './FiguresPanel';
export { DEFAULT_KINDS, FIGURE_KINDS, type Normalize } from './model';
export { en, panelStringTables, panelTranslator, zhCN, zhTW, type PanelStrings, type PanelTranslate } from './strings';
