import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArrayGrid, type CellValue } from '../../src/grid';

/** The seed fixture (a real published report) as rows of tab-separated fields. */
export function fixtureRows(name = 'zhengzhou-zwfwb-2021.txt'): CellValue[][] {
  const text = readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
  return tsvRows(text);
}

/** Tab-separated text → rows; plain numbers become numbers, as the CLI's text reader does. */
export function tsvRows(text: string): CellValue[][] {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) =>
      line.split('\t').map((field): CellValue => {
        const t = field.trim();
        if (t === '') return null;
        return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : field;
      }),
    );
}

export function fixtureGrid(sheet = 'zhengzhou-zwfwb-2021'): ArrayGrid {
  return new ArrayGrid({ sheet, values: fixtureRows() });
}
