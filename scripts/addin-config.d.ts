// Types of scripts/addin-config.js (plain CommonJS so webpack.config.js can require it without a build).
export declare class SettingError extends Error {
  constructor(zh: string, en: string);
}
export declare const DEV_ORIGIN: string;
export declare const OFFICE_JS_PRESETS: { readonly global: string; readonly china: string };
export declare function resolveOfficeJsUrl(setting: string | undefined): string;
export declare function resolveAddinUrl(setting: string | undefined): string;
export declare function rewriteManifest(xml: string, baseUrl: string): string;
