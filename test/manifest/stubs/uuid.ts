import { randomUUID } from 'crypto';

/**
 * CommonJS stand-in for `uuid` in tests: office-addin-manifest pulls uuid 14, which is ESM-only and which
 * Jest cannot require. Mapped in jest.config.js for every `uuid` import, so it also serves exceljs (uuid 8).
 * Both only call v4, which this provides with the same RFC 9562 random UUIDs.
 */
export function v4(): string {
  return randomUUID();
}
