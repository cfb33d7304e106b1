// Types of scripts/dev-certs.js (plain CommonJS, run by node without a build).
export interface CertPaths {
  folder: string;
  ca: string;
  cert: string;
  key: string;
}
export type CertificateProblem =
  'missing' | 'unreadable' | 'expired' | 'not-from-ca' | 'wrong-host' | 'wrong-key';
export declare const VALID_DAYS: number;
export declare function certPaths(home?: string): CertPaths;
export declare function certificateProblem(paths: CertPaths, now?: number): CertificateProblem | null;
export declare function ensureDevCertificates(
  home?: string,
  now?: number,
): Promise<{ paths: CertPaths; created: boolean; ca: Buffer; cert: Buffer; key: Buffer }>;
export declare function trustAdvice(paths: CertPaths, platform?: NodeJS.Platform): string[];
