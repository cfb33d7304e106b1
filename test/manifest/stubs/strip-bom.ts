/**
 * CommonJS stand-in for the ESM-only `strip-bom` package (pulled by office-addin-manifest through
 * @microsoft/app-manifest), which Jest cannot require. Mapped in jest.config.js; same behaviour.
 */
export default function stripBom(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, got ${typeof text}`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
