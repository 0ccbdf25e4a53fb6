// One way to turn whatever was thrown or rejected into the line a person is shown.

/** The message of an Error, or the thrown value as text (browsers and libraries reject with strings too). */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
