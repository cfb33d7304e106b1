import type { WorkbookService } from '../office/types';

/**
 * A WorkbookService whose implementation (the Excel adapter and the whole checking engine) is
 * loaded on first use, so the pane's first paint does not wait for it: webpack puts the dynamic
 * import in its own chunk. Every method forwards, including ones added to the interface later.
 */
export function lazyWorkbookService(load: () => Promise<WorkbookService>): WorkbookService {
  let loading: Promise<WorkbookService> | undefined;
  const service = () => (loading ??= load());
  // A Proxy cannot be typed as the interface it stands for: the cast is the price of forwarding
  // every method without listing them.
  return new Proxy({} as WorkbookService, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined; // never look like a promise
      return (...args: unknown[]) =>
        service().then((s) => {
          const method = s[name as keyof WorkbookService] as unknown;
          if (typeof method !== 'function') throw new TypeError(`WorkbookService has no method ${name}`);
          return (method as (...a: unknown[]) => unknown).apply(s, args);
        });
    },
  });
}
