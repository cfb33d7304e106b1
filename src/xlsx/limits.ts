/**
 * Limits that keep one hostile or runaway file from taking the machine: every batch applies them
 * to every file. The defaults are far above any real annual report (a few hundred KB, a few
 * thousand cells) and far below what exhausts memory.
 */
export interface Limits {
  /** Bytes on disk. */
  maxFileBytes: number;
  /** Bytes of the workbook once unzipped (a zip bomb claims or holds far more than its size). */
  maxUnpackedBytes: number;
  /** Non-empty cells on any one worksheet (or in a text file). */
  maxCellsPerSheet: number;
  /** Wall time for reading and checking one file; a worker that runs longer is terminated. */
  timeoutMs: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxFileBytes: 50 * MB,
  maxUnpackedBytes: 300 * MB,
  maxCellsPerSheet: 500_000,
  timeoutMs: 60_000,
};

/** Zip entries a workbook may hold: Excel writes a few dozen; thousands means something else. */
export const MAX_ZIP_ENTRIES = 10_000;
