// Types of scripts/mutation-scores.js (plain CommonJS, run by node without a build).
export interface MutantRow {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  invalid: number;
}
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}
export declare const GOAL_OVERALL: number;
export declare const GOAL_PER_FOLDER: number;
export declare function folderOf(path: string): string;
export declare function tally(report: MutationReport, root?: string): Map<string, MutantRow>;
export declare function score(row: MutantRow): number;
