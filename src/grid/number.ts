import type { CellValue } from './types';

/**
 * What a cell meant to hold as a number:
 * - `number`: a real number (typed by the source);
 * - `text-number`: a number stored as text, or with full-width digits, spaces or thousands separators;
 * - `unit-text`: a number followed by unit or note text (`5件`, `0.3万元`, `2（其中…）`);
 * - `blank`: empty; `placeholder`: `—` `-` `/` `无` where a 0 was meant;
 * - `invalid`: anything else (words, dates, booleans).
 * `value` is what the sums use: blanks and placeholders count as 0, invalid as null.
 */
export type NumberKind = 'number' | 'text-number' | 'unit-text' | 'blank' | 'placeholder' | 'invalid';

export type TextNumberIssue = 'text' | 'full-width' | 'spaces' | 'separators';

interface ParsedBase {
  value: number | null;
  raw: CellValue;
}

export type ParsedNumber =
  | (ParsedBase & { kind: Exclude<NumberKind, 'text-number' | 'unit-text'> })
  /** `issues`: what made the number text. */
  | (ParsedBase & { kind: 'text-number'; issues: TextNumberIssue[] })
  /** `unit`: the text after the number. */
  | (ParsedBase & { kind: 'unit-text'; unit: string });

const PLACEHOLDER = /^(?:[-—–―─－‐/／\\＼]+|无|空|none|n\/a)$/i;
const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const SEPARATED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// A number then a unit or a note: `5件`, `0.3万元`, `2(其中…)`. Not `1、属于…` (an item label).
const WITH_UNIT = /^([+-]?\d[\d,]*(?:\.\d+)?)((?:件|条|个|项|次|人次|家|份|元|万元|千元|亿元|万|\().*)$/;

export function parseNumberCell(raw: CellValue): ParsedNumber {
  if (raw === null || raw === undefined) return { kind: 'blank', value: 0, raw: null };
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw, raw } : { kind: 'invalid', value: null, raw };
  }
  if (typeof raw === 'boolean') return { kind: 'invalid', value: null, raw };

  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'blank', value: 0, raw };
  const half = trimmed.normalize('NFKC');
  const issues: TextNumberIssue[] = [];
  if (half !== trimmed && /\d/.test(half)) issues.push('full-width');
  const compact = half.replace(/[\s\u00a0]+/g, '');
  if (compact === '') return { kind: 'blank', value: 0, raw };
  if (PLACEHOLDER.test(compact)) return { kind: 'placeholder', value: 0, raw };
  if (compact !== half) issues.push('spaces');

  if (PLAIN.test(compact)) {
    if (issues.length === 0) issues.push('text');
    return { kind: 'text-number', value: Number(compact), raw, issues };
  }
  if (SEPARATED.test(compact)) {
    issues.push('separators');
    return { kind: 'text-number', value: Number(compact.replace(/,/g, '')), raw, issues };
  }
  const unit = WITH_UNIT.exec(compact);
  // The number before the unit is read as a number alone is: `1,234件`, but not `12,34件`.
  if (unit && (PLAIN.test(unit[1]) || SEPARATED.test(unit[1]))) {
    return { kind: 'unit-text', value: Number(unit[1].replace(/,/g, '')), raw, unit: unit[2] };
  }
  return { kind: 'invalid', value: null, raw };
}
