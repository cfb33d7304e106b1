// Types of scripts/mutation-sample.js (plain CommonJS, run by node without a build).
import type { MutantLocation, MutationReport, ScopeMutant } from './mutation-scores';

export interface Sample {
  format: number;
  seed: number;
  size: number;
  /** Per folder, the keys of the frame (mutants without a result when drawn) and of the sample. */
  folders: Record<string, { frame: string[]; sample: string[] }>;
  /** The sample as Stryker `--mutate` ranges. */
  ranges: string[];
  /** Spans inside the ranges that the sample run skips. */
  ignore: string[];
}
export interface Outcome {
  detected: number;
  undetected: number;
  invalid: number;
  pending: number;
}
export interface Estimate {
  census: { detected: number; counted: number };
  frame: number;
  sample: number;
  outcome: Outcome;
  score: number;
  low: number;
  high: number;
}
export declare const SAMPLE_FILE: string;
/** The drawn sample (test/mutation/sample.json.gz) of the project at `root`; throws when absent or of another format. */
export declare function readSample(root?: string): Sample;
export declare function hash(text: string): number;
export declare function generator(seed: number): () => number;
export declare function pick(keys: string[], size: number, random: () => number): string[];
export declare function draw(
  report: MutationReport,
  scope: ScopeMutant[],
  options: { size: number; seed: number; frame?: Record<string, string[]> },
  root?: string,
): Sample;
export declare function contains(outer: MutantLocation, inner: MutantLocation): boolean;
export declare function mutateRange(path: string, location: MutantLocation): string;
export declare function wilson(k: number, n: number, z?: number): [number, number];
export declare function estimate(
  report: MutationReport,
  sample: Sample,
  root?: string,
): Map<string, Estimate>;
export declare function scoresTable(
  rows: Map<string, Estimate>,
  markdown: boolean,
): { lines: string[]; missed: string[] };
