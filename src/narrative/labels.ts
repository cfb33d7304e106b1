import { APPLICATIONS, labelTexts, partTexts, PROACTIVE, REVIEWS } from '../format';
import { normalizeText } from '../grid';

/**
 * Labels of tables 二, 三 and 四 as they appear in prose when a table row is flattened into a
 * paragraph or a label is broken over lines: `2、申请人逾期未按收费通知要求缴纳费用…`. Such text
 * quotes the table; it states nothing (FORMAT.md: the labels are the format's own).
 */
const LABELS: readonly string[] = (() => {
  const texts = new Set<string>();
  const add = (t: string | undefined) => {
    if (t) texts.add(normalizeText(t).replace(/[()（）]/g, ''));
  };
  for (const format of Object.values(APPLICATIONS)) {
    Object.values(format.header).forEach(add);
    format.columns.forEach((c) => add(c.label.zh));
    for (const row of format.rows) for (const part of row.path) partTexts(part).forEach(add);
  }
  for (const format of Object.values(PROACTIVE)) {
    add(format.contentHeader);
    for (const block of format.blocks) {
      add(block.clause);
      block.columns.forEach((c) => labelTexts(c).forEach(add));
      block.rows.forEach((r) => add(r.label.zh));
    }
  }
  for (const format of Object.values(REVIEWS)) {
    format.groups.forEach((g) => add(g.label.zh));
    format.columns.forEach((c) => add(c.label.zh));
  }
  // Long labels are quoted in pieces: `申请人逾期未按收费通知要求缴纳费用` alone.
  for (const t of [...texts])
    if (t.length > 12) t.split(/[、，,]/).forEach((piece) => piece.length >= 6 && texts.add(piece));
  return [...texts].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
})();

/** Enumeration markers, numbers (a flattened row's cells) and punctuation: what a label row adds. */
const FILLER = /[(（]?[一二三四五六七八九十]+[)）]?[、.．]?|[0-9.,%\-—–…]+|[()（）、，,:：;；。.…]/g;
const CJK = /[\u4e00-\u9fff]/;
/** A piece of a label is long enough to be recognised as one. */
const MIN_FRAGMENT = 6;

/** Whether a paragraph or sentence is a table label (or a row of labels and numbers), not prose. */
export function isTableLabel(text: string): boolean {
  const t = normalizeText(text).replace(/[()（）]/g, '');
  let rest = t;
  let removed = 0;
  for (const label of LABELS)
    if (label.length >= 4 && rest.includes(label)) {
      removed += label.length;
      rest = rest.split(label).join('|');
    }
  if (removed >= 4 && !CJK.test(rest.replace(FILLER, ''))) return true;
  const core = t
    .replace(/^([一二三四五六七八九十]+[、.．]|\d+[、.．])+/, '')
    .replace(/[0-9.,…、，。\-—–]+$/, '');
  return core.length >= MIN_FRAGMENT && LABELS.some((l) => l.includes(core));
}

/** A sentence with the table labels it quotes blanked out: `表中“逾期未按收费通知要求缴纳费用”为0` says nothing of fee notices. */
export function withoutLabels(text: string): string {
  let t = normalizeText(text);
  for (const label of LABELS) if (label.length >= MIN_FRAGMENT) t = t.split(label).join('|');
  // The one label about fee notices, quoted in any shortening.
  return t.replace(/(申请人)?逾期未?按?收费通知要求?缴纳?费用?/g, '|');
}
