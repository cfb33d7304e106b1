import { APPLICATIONS } from './applications';
import { PROACTIVE } from './proactive';
import { REVIEWS } from './reviews';
import type { Edition, LabelPart, TableFormat, TableId } from './types';

export * from './types';
export { APPLICATIONS } from './applications';
export { PROACTIVE } from './proactive';
export { REVIEWS } from './reviews';

export function tableFormat(table: TableId, edition: Edition): TableFormat {
  switch (table) {
    case 'applications':
      return APPLICATIONS[edition];
    case 'reviews':
      return REVIEWS[edition];
    case 'proactive':
      return PROACTIVE[edition];
  }
}

/** Section numbers of the report (一 … 六) for the three tables. */
export const TABLE_SECTION: Record<TableId, string> = { proactive: '二', applications: '三', reviews: '四' };

/** A format item known by a label: a column, a table 二 row. */
export interface Labelled {
  label: { zh: string };
  aliases?: readonly string[];
}

/** A format label's texts: its official Chinese words, then the other names reports give it. */
export function labelTexts(def: Labelled): string[] {
  return [def.label.zh, ...(def.aliases ?? [])];
}

/** A row label part's texts (`不予公开` and its other names), as labelTexts gives a label's. */
export function partTexts(part: LabelPart): string[] {
  return [part.text, ...(part.aliases ?? [])];
}
