/**
 * The same .xlsx with its timestamps fixed (each zip entry's date, and the created and modified
 * dates exceljs writes into docProps/core.xml), so a file written twice has the same bytes and
 * test/template/soffice.ts's cache, keyed by bytes, finds it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const EPOCH = new Date(1980, 0, 1);
const CORE = 'docProps/core.xml';

export function stableZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  if (entries[CORE])
    entries[CORE] = strToU8(
      strFromU8(entries[CORE]).replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*/g,
        '$11980-01-01T00:00:00Z',
      ),
    );
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: EPOCH }]])),
    { level: 6 },
  );
}
