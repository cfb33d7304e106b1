import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { TABLE_SECTION, type TableId } from '../../format';
import type { InsertTemplateResult } from '../../office/types';
import { useI18n } from '../i18n/context';
import { DegradedBar } from './Notices';

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  line: { margin: '4px 0 0' },
});

/** What 插入模板 did: the new sheet, where its numbers came from, what it could not read or set. */
export function TemplateResult({ result }: { result: InsertTemplateResult }) {
  const { t, text } = useI18n();
  const styles = useStyles();
  const table = (id: TableId) => t('templateTableName', { section: TABLE_SECTION[id] });
  const { fill } = result;
  return (
    <>
      <MessageBar
        intent={fill && fill.unread.length > 0 ? 'warning' : 'success'}
        layout="multiline"
        data-testid="template-result"
      >
        <MessageBarBody>
          <MessageBarTitle>{t('templateInserted', { sheet: result.sheet })}</MessageBarTitle>
          {fill && fill.used.length > 0 && (
            <p className={styles.line}>
              {t('templateFilled', {
                sheet: fill.sheet,
                count: fill.filled,
                tables: fill.used
                  .map((u) =>
                    t('templateFilledTable', {
                      section: TABLE_SECTION[u.table],
                      range: u.where ? text(u.where) : u.range,
                    }),
                  )
                  .join(t('listSeparator')),
              })}
            </p>
          )}
          {fill && fill.notFound.length > 0 && (
            <p className={styles.line}>
              {t('templateNotFound', {
                sheet: fill.sheet,
                tables: fill.notFound.map(table).join(t('listSeparator')),
              })}
            </p>
          )}
          {fill && fill.unread.length > 0 && (
            <>
              <p className={styles.line}>{t('templateUnreadHeader', { count: fill.unread.length })}</p>
              <ul className={styles.list} data-testid="template-unread">
                {fill.unread.map((u, i) => (
                  <li key={i}>
                    {u.source
                      ? t('templateUnread', {
                          table: table(u.table),
                          label: text(u.label),
                          source: u.where ? text(u.where) : u.source,
                          raw: u.raw ?? '',
                        })
                      : t('templateMissing', { table: table(u.table), label: text(u.label) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <DegradedBar notes={result.skipped} />
    </>
  );
}
