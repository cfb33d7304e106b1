/** Types of selection.js (plain CommonJS: Jest loads it as an environment and a sequencer). */
export interface IndexEntry {
  names: string[];
  ms: number;
  /** Static mutants (module-level code) the file reached outside its tests. */
  statics: Set<string>;
  /** Mutants the file's tests reached. */
  covered: Set<string>;
  /** Of those, the ones only some of its tests reached: mutant → those tests' places in `names`. */
  partial: Map<string, number[]>;
}
export interface CircusTest {
  name: string;
  parent?: CircusBlock;
  errors: unknown[];
  mode?: string;
}
export interface CircusBlock {
  name: string;
  parent?: CircusBlock;
  mode?: string;
}
export type CircusEvent =
  | { name: 'test_done' | 'test_start'; test: CircusTest }
  | { name: 'run_describe_start'; describeBlock: CircusBlock }
  | { name: string };

export function isStrykerWorker(): boolean;
export function indexPath(rootDir: string): string;
export function readIndex(file: string): Map<string, IndexEntry> | undefined;
export function coveringNames(pattern: string): Set<string> | undefined;
export function selectTests<T extends { path: string }>(
  tests: T[],
  names: Set<string> | undefined,
  index: Map<string, IndexEntry>,
  mutant: string | undefined,
  killers?: readonly string[],
  source?: MutantSource,
): T[];
/** The sandbox root and the absolute path of the source file holding a mutant. */
export interface MutantSource {
  rootDir: string;
  file: string;
}
export function sourceOf(rootDir: string, mutant: string | undefined): MutantSource | undefined;
export function kinship(testPath: string, source: MutantSource): 0 | 1 | 2;
export function noteKiller(testFile: string): void;
export function loadsStatically(
  index: Map<string, IndexEntry> | undefined,
  testFile: string,
  mutant: string | undefined,
): boolean;
export function testsReaching(
  index: Map<string, IndexEntry> | undefined,
  testFile: string,
  mutant: string | undefined,
): Set<string> | undefined;
export function activeMutant(): string | undefined;
export function hasKilled(mutant: string): boolean;
export function matchNamesExactly(
  event: { name: string; testNamePattern?: string | null },
  state: { testNamePattern?: { test(name: string): boolean } | null },
): void;
export function fullName(test: CircusTest): string;
export function bailAfterFailure(event: CircusEvent, mutant: string): void;
export function bailAfterBrokenFile(
  result: { testExecError?: unknown; numFailingTests?: number } | undefined,
  mutant: string | undefined,
): void;
export function withTestSelection<E>(Environment: E): E;
