/**
 * Inputs that are the same department's report: a total that counts one twice is wrong in every
 * cell, so every front end refuses them until the user says which one to keep. Pure: callers give
 * what they know of each input (a file's resolved path and digest, or a sheet's cells).
 */
import { identityFromName } from '../batch/identity';
import { normalizeText, type Grid } from '../grid';
import type { Department } from './types';

export interface DepartmentIdentity {
  /** 机关 as the report's title names it (normalised), or null. */
  body: string | null;
  year: number | null;
  /** The input's resolved path, where it is a file. */
  file?: string;
  /** A digest of the input's bytes, or its cells: equal for identical inputs. */
  content?: string;
}

/** Why the members of a group are one report, the plainest first. */
export type DuplicateKind = 'same-file' | 'same-content' | 'same-report';

export interface DuplicateGroup {
  /** Indices of the inputs, in input order. */
  members: number[];
  kind: DuplicateKind;
  body: string | null;
  year: number | null;
}

/**
 * Body and year as the engine read them from the title; with `fromName`, a file's name fills what
 * the title lacks (`财政局2021年报.xlsx`), as the batch's pairing does. Sheet names are not used:
 * `Sheet1` and `Sheet2` would both read as the body `Sheet`.
 */
export function departmentIdentity(
  department: Department,
  options: { fromName?: boolean } = {},
): DepartmentIdentity {
  const named = options.fromName ? identityFromName(department.name) : { body: null, year: null };
  const sheets = department.report.sheetSummaries;
  const body = sheets.find((s) => s.body !== null)?.body ?? named.body;
  // The report's year is already its first sheet's that states one (check.ts reportYear).
  const year = department.report.year ?? named.year;
  return { body: body === null ? null : normalizeText(body), year };
}

/** The cells of sheets as one string: equal for sheets holding the same values in the same places. */
export function gridsContent(grids: readonly Grid[]): string {
  return JSON.stringify(
    grids.map((g) =>
      Array.from({ length: g.rowCount }, (_, r) =>
        Array.from({ length: g.colCount }, (_, c) => g.value(r, c)),
      ),
    ),
  );
}

/** Groups of two or more inputs that are one report: same file, same content, or same body and year. */
export function findDuplicates(identities: readonly DepartmentIdentity[]): DuplicateGroup[] {
  const parent = identities.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const joinBy = (keyOf: (id: DepartmentIdentity) => string | null) => {
    const first = new Map<string, number>();
    identities.forEach((id, i) => {
      const key = keyOf(id);
      if (key === null) return;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, i);
      else parent[root(i)] = root(seen);
    });
  };
  joinBy((id) => id.file ?? null);
  joinBy((id) => id.content ?? null);
  joinBy((id) => (id.body !== null && id.year !== null ? `${id.body}|${id.year}` : null));

  // Filled in input order: each group's members ascend, and the groups come in the order of their first.
  const groups = new Map<number, number[]>();
  identities.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const of = members.map((i) => identities[i]);
      const shared = (key: 'file' | 'content') =>
        of.every((id) => id[key] !== undefined && id[key] === of[0][key]);
      const known = of.find((id) => id.body !== null && id.year !== null) ?? of[0];
      return {
        members,
        kind: shared('file') ? 'same-file' : shared('content') ? 'same-content' : 'same-report',
        body: known.body,
        year: known.year,
      };
    });
}
