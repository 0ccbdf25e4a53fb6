export { openFiguresPanel as openPanel } from '../shared/tabs';
