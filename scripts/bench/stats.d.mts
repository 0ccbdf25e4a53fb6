export function quantile(xs: number[], q: number): number;
export function median(xs: number[]): number;
