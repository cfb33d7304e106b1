/**
 * Who and which year a report is, as far as its file name tells, and the pairing of a batch's
 * files with last year's report of the same body. Pure (no file system): the CLI's batch
 * (pairing.ts, which also peeks at titles) and the browser page share it.
 */
import { sheetNameOf } from '../sources/route';

export interface Identity {
  year: number | null;
  body: string | null;
}

const YEAR_IN_NAME = /(20\d{2})/;
/**
 * Words of a report's file name that are not its body: `2021年政府信息公开工作年度报告`, and the
 * punctuation around them (`附件1：`, the book-title marks of `《…报告》`; NFKC made `：` a `:`).
 */
const NAME_NOISE =
  /20\d{2}|年度|年报|年|政府信息公开|信息公开|工作|报告|表格?|附件|终稿|定稿|修改稿|最终版|[\s_\-—.:《》()（）【】[\]0-9]+/g;

/** Year and body from a file name: `某某局2021年报.xlsx` → 2021, 某某局. */
export function identityFromName(path: string): Identity {
  const stem = sheetNameOf(path.split(/[\\/]/).pop() ?? path).normalize('NFKC');
  const year = YEAR_IN_NAME.exec(stem);
  const body = stem.replace(NAME_NOISE, '');
  return { year: year ? Number(year[1]) : null, body: body.length >= 2 ? body : null };
}

/** For each path, the index of last year's file of the same body in the batch, or null. */
export function pairPrevious(identities: readonly Identity[]): (number | null)[] {
  const byKey = new Map<string, number>();
  identities.forEach((id, i) => {
    const key = id.body !== null && id.year !== null ? `${id.body}|${id.year}` : null;
    if (key !== null && !byKey.has(key)) byKey.set(key, i);
  });
  return identities.map((id) =>
    id.body !== null && id.year !== null ? (byKey.get(`${id.body}|${id.year - 1}`) ?? null) : null,
  );
}
