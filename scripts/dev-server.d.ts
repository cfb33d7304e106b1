// Types of scripts/dev-server.js (plain CommonJS, run by node without a build).
export declare const DEFAULT_PORT: number;
export declare function parseOptions(
  argv: string[],
  env?: Record<string, string | undefined>,
):
  | { options: { http: boolean; port: number }; error?: undefined }
  | { error: [string, string]; options?: undefined };
export declare function pidFileOf(port: number): string;
export declare function parentOf(pid: number): number | null;
export declare function isAlive(pid: number): boolean;
