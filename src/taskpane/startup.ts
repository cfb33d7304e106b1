import type { Locale } from '../report/types';
import { API_FLOOR, paneHost, type PaneHost } from './host';
import { translator } from './i18n';

/** `Office.context.requirements.isSetSupported`, passed in so the decision is testable without Office. */
export type SupportsSet = (set: string, version: string) => boolean;

/**
 * What the pane opens with: itself for a supported host at or above its API floor, otherwise a
 * plain message (another application, or an Office too old) instead of a pane that fails on first use.
 */
export function paneStartup(
  officeHost: unknown,
  supports: SupportsSet,
  locale: Locale,
): { host: PaneHost } | { message: string } {
  const host = paneHost(officeHost);
  if (!host) {
    const name = typeof officeHost === 'string' && officeHost ? officeHost : '—';
    return { message: translator(locale).t('hostUnsupported', { host: name }) };
  }
  const floor = API_FLOOR[host];
  let supported = false;
  try {
    supported = supports(floor.set, floor.version);
  } catch {
    // A host that cannot answer is treated as one without the set.
  }
  return supported ? { host } : { message: translator(locale, host).t('officeTooOld') };
}
