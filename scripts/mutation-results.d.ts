// Types of scripts/mutation-results.js (plain CommonJS, run by node without a build).
export interface Position {
  line: number;
  column: number;
}
export interface MutantResult {
  id: string;
  mutatorName: string;
  replacement?: string;
  location: { start: Position; end: Position };
  status: string;
  statusReason?: string;
  static?: boolean;
  testsCompleted?: number;
  coveredBy?: string[];
  killedBy?: string[];
}
export interface TestFile {
  source?: string;
  tests: { id: string; name: string; location?: { start: Position } }[];
}
export interface IncrementalReport {
  schemaVersion: string;
  projectRoot?: string;
  files: Record<string, { language: string; source: string; mutants: MutantResult[] }>;
  testFiles?: Record<string, TestFile>;
}
export interface KeptResults {
  format: number;
  schemaVersion: string;
  projectRoot?: string;
  files: Record<
    string,
    {
      language: string;
      source: string;
      mutants: (Omit<MutantResult, 'coveredBy'> & { coveredBy?: (number | string)[] })[];
    }
  >;
  testFiles: Record<string, TestFile>;
}
export declare const COMMITTED: string;
export declare const INCREMENTAL: string;
export declare const FORMAT: number;
export declare function slim(report: IncrementalReport): KeptResults;
export declare function expand(kept: KeptResults): IncrementalReport;
export declare function restore(options?: { root?: string; force?: boolean }): string;
export declare function save(options?: { root?: string }): string;
