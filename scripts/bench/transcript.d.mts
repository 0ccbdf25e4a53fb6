export const ROOT: string;
export const SEED_ID: string;
export function seedText(): string;
export function buildTranscript(chars: number): string;
export function questionCount(text: string): number;
