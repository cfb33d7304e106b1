/** A one-line progress bar on stderr, redrawn in place; only used when stderr is a terminal. */
const WIDTH = 30;

export interface ProgressBar {
  update(done: number, total: number): void;
  done(): void;
}

export function progressBar(write: (text: string) => void): ProgressBar {
  let last = -1;
  let drawn = false;
  return {
    update(done, total) {
      const filled = Math.round((done / total) * WIDTH);
      // Redraw only when the bar or the count changes enough to see: no flood on big batches.
      if (filled === last && done !== total && done % 10 !== 0) return;
      last = filled;
      drawn = true;
      write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total}`);
    },
    done() {
      if (drawn) write(`\r${' '.repeat(WIDTH + 24)}\r`);
    },
  };
}
