/**
 * Tab-separated report text turned into what copying from a PDF gives: `pdftotext -layout` style
 * (columns padded with runs of spaces), or rows whose label and numbers share one line and whose
 * header labels wrap onto two lines. For the flattened-row tests (src/locate/flatten.ts).
 */

/** Display width of a text: CJK and full-width characters take two columns, as in a PDF's layout. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * `pdftotext -layout` style: every tab-separated field padded with spaces to `width` display
 * columns (at least two spaces after a field), so empty fields become runs of spaces. Lines
 * without tabs (prose, headings) stay as they are.
 */
export function layoutText(tsv: string, width = 14): string {
  return tsv
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) return line;
      const fields = line.split('\t');
      return fields
        .map((f, i) => (i === fields.length - 1 ? f : f + ' '.repeat(Math.max(2, width - displayWidth(f)))))
        .join('')
        .trimEnd();
    })
    .join('\n');
}

/** A header field cut in two lines, as a narrow PDF column wraps it (`社会公益组织` → `社会公益` / `组织`). */
function wrap(field: string): [string, string] {
  const chars = [...field.trim()];
  if (chars.length <= 3) return [field.trim(), ''];
  const cut = Math.ceil(chars.length * 0.67);
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}

/**
 * Rows `from`..`to` (0-based lines of a tab-separated text) as text copied from a PDF table with
 * narrow columns: each header line (a line with no number) becomes two lines of wrapped labels
 * padded to `width`; each data line becomes its labels and numbers on one line, single-spaced.
 */
export function wrappedTableText(tsv: string, from: number, to: number, width = 14): string {
  const lines = tsv.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i < from || i > to) return void out.push(line);
    const fields = line.split('\t').map((f) => f.trim());
    if (!fields.some((f) => /^\d+$/.test(f))) {
      const parts = fields.map(wrap);
      for (const k of [0, 1] as const)
        out.push(
          parts
            .map(([a, b]) => {
              const t = k === 0 ? a : b;
              return t + ' '.repeat(Math.max(2, width - displayWidth(t)));
            })
            .join('')
            .trimEnd(),
        );
      return;
    }
    out.push(fields.filter((f) => f !== '').join(' '));
  });
  return out.join('\n');
}
