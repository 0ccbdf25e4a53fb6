import type { Script } from './types';
// Placeholder owned by the lib/script helper: replaced by the real detector.
export function detectScript(_text: string): Script {
  return 'mixed';
}
