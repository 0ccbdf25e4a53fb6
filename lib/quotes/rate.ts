// A sliding-window limit per sender. Saving a quote is a user's act, a few a minute at most; a page that makes the
// reader save in a loop gets refused long before it can fill the store. Time is passed in (lib stays clock-free).

export interface RateLimit {
  /** Most events per sender within `windowMs`. */
  max: number;
  windowMs: number;
}

/** Saves per tab: far above any person's pace, far below what a script would need to flood the clipboard. */
export const SAVE_RATE: RateLimit = { max: 60, windowMs: 60_000 };

/** `allow(key, nowMs)` records the event and answers true, or answers false (recording nothing) when over the limit. */
export function createRateLimiter({ max, windowMs }: RateLimit) {
  const seen = new Map<string, number[]>();
  return function allow(key: string, nowMs: number): boolean {
    const recent = (seen.get(key) ?? []).filter((t) => t <= nowMs && nowMs - t < windowMs);
    const allowed = recent.length < max;
    if (allowed) recent.push(nowMs);
    if (recent.length > 0) seen.set(key, recent);
    else seen.delete(key);
    return allowed;
  };
}
