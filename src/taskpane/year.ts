/** Parses the year field: empty is allowed (the title then shows （年度）). */
export function parseYear(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^20\d\d$/.test(trimmed) ? Number(trimmed) : 'invalid';
}
