/** Types of sample-ignorer.js (CommonJS, loaded by Stryker as a plugin) for its tests. */
interface Position {
  line: number;
  column: number;
}
export interface NodePath {
  node: { loc?: { start: Position; end: Position } | null };
  hub?: { file?: { opts?: { filename?: string } } };
}
export declare const REASON: string;
export declare class SampleIgnorer {
  constructor(sample: { ignore: string[] }, root: string);
  shouldIgnore(nodePath: NodePath): string | undefined;
}
