// Types of scripts/mutation-scores.js (plain CommonJS, run by node without a build).
export interface MutantRow {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  invalid: number;
}
/** A mutant's place in its file. */
export interface MutantLocation {
  start: { line: number; column: number };
  end: { line: number; column: number };
}
export interface MutationReport {
  files: Record<
    string,
    { mutants: { status: string; mutatorName?: string; replacement?: string; location?: MutantLocation }[] }
  >;
}
/** A mutant as StrykerJS's instrumenter lists it (lines and columns from 0). */
export interface ScopeMutant {
  fileName: string;
  mutatorName: string;
  replacement: string;
  location: MutantLocation;
  status?: string;
}
export declare const GOAL_OVERALL: number;
export declare const GOAL_PER_FOLDER: number;
export declare function folderOf(path: string): string;
export declare function tally(report: MutationReport, root?: string): Map<string, MutantRow>;
export declare function score(row: MutantRow): number;
export declare function resultsByKey(
  report: MutationReport,
  root?: string,
): Map<string, { path: string; status: string }>;
export declare function untestedOf(
  report: MutationReport,
  scope: ScopeMutant[],
  root?: string,
): Map<string, number>;
export declare function scopeMutants(root?: string): Promise<ScopeMutant[]>;
