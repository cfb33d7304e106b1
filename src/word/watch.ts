/**
 * Telling that the checked document was edited. The Word runtime shipped with the add-in has no
 * content-change event on the body (only WordApi 1.5+ content-control events, which a plain
 * report does not have), so the pane re-reads the body when the user comes back to it: on focus and
 * when it becomes visible. Text changes count; the add-in's own shading and comments hold no text.
 */
export interface FocusEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** Events that mean "the user may have been editing the document meanwhile". */
const RETURN_EVENTS = ['focus', 'visibilitychange'] as const;

export function watchOnReturn(
  events: FocusEvents,
  fingerprint: () => Promise<string | null>,
  checked: string,
  onChange: () => void,
): () => Promise<void> {
  let stopped = false;
  let reading = false;
  // An event during a read may follow an edit that read did not see: it asks for one more read.
  // Stryker disable next-line BooleanLiteral: equivalent: each pass of a read sets it false before it is read
  let again = false;
  const read = async (): Promise<void> => {
    reading = true;
    try {
      do {
        again = false;
        let now: string | null = null;
        try {
          now = await fingerprint();
        } catch {
          // Unreadable now (busy, closing): the next return tries again.
        }
        if (!stopped && now !== null && now !== checked) {
          stopped = true;
          onChange();
        }
      } while (again && !stopped);
    } finally {
      reading = false;
    }
  };
  const listener = () => {
    if (stopped) return;
    if (reading)
      again = true; // a burst of events during one read costs one more read, not one each
    else void read();
  };
  for (const type of RETURN_EVENTS) events.addEventListener(type, listener);
  return async () => {
    stopped = true;
    for (const type of RETURN_EVENTS) events.removeEventListener(type, listener);
  };
}
