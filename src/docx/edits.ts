/**
 * Splices into a part's text: insertions at positions and replacements of ranges of the original,
 * applied together so that positions always refer to the original text. Insertions at one position
 * keep the order they were made in.
 */
export class Splices {
  private readonly ops: { from: number; to: number; text: string; order: number }[] = [];

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  replace(from: number, to: number, text: string): void {
    this.ops.push({ from, to, text, order: this.ops.length });
  }

  get size(): number {
    return this.ops.length;
  }

  apply(original: string): string {
    const ops = [...this.ops].sort((a, b) => a.from - b.from || a.order - b.order);
    const out: string[] = [];
    let at = 0;
    for (const op of ops) {
      if (op.from < at) throw new Error(`overlapping edits at ${op.from}`);
      out.push(original.slice(at, op.from), op.text);
      at = op.to;
    }
    out.push(original.slice(at));
    return out.join('');
  }
}
