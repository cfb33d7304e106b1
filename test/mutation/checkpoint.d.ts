/** Types of checkpoint.js (CommonJS, loaded by Stryker as a plugin) for its tests. */
export interface CheckpointTest {
  id: string;
  name: string;
  fileName?: string;
  startPosition?: { line: number; column: number };
}

export interface CheckpointMutant {
  id: string;
  fileName: string;
  mutatorName: string;
  replacement: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
  killedBy?: string[];
  coveredBy?: string[];
  static?: boolean;
}

export interface CheckpointReport {
  schemaVersion: string;
  projectRoot: string;
  files: Record<string, { language: string; source: string; mutants: Omit<CheckpointMutant, 'fileName'>[] }>;
  testFiles: Record<
    string,
    {
      source?: string;
      tests: { id: string; name: string; location?: { start: { line: number; column: number } } }[];
    }
  >;
}

export class Checkpoint {
  constructor(file: string, options?: { root?: string; now?: () => number; every?: number });
  onDryRunCompleted(event: { result: { tests: CheckpointTest[] } }): void;
  onMutantTested(result: CheckpointMutant): void;
  onMutationTestReportReady(): void;
  write(): void;
  report(): CheckpointReport;
}

export const strykerPlugins: { kind: string; name: string; injectableClass: unknown }[];
