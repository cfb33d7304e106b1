import { useCallback, useState } from 'react';

/**
 * A dialog's state. Once opened, the dialog stays mounted and is closed through `open`: Fluent's
 * Dialog hides the rest of the page from assistive technology (aria-hidden) while open and undoes
 * it only when it closes; unmounting it while open leaves the pane hidden (microsoft/fluentui#35139).
 * Each opening gets a new `key`, so the dialog's form starts fresh.
 */
export function useDialog() {
  const [state, setState] = useState({ open: false, mounted: false, key: 0 });
  const show = useCallback(
    () => setState((s) => (s.open ? s : { open: true, mounted: true, key: s.key + 1 })),
    [],
  );
  const hide = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { ...state, show, hide };
}
