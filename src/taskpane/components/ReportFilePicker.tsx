import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useRef, type ChangeEvent } from 'react';
import type { Grid } from '../../grid/types';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';
import { noticeMessage } from '../../sources/messages';
import type { SourceNotice } from '../../sources/types';
import type { ReportFile, ReportFileRead } from '../read-report-file';

type ReadFailure = Extract<ReportFileRead, { error: unknown }>;

/** The report file of 插入模板 → 报告文件: none yet, being read, read, or unreadable (and why). */
export type FileState =
  | { status: 'none' }
  | { status: 'reading'; name: string }
  | { status: 'read'; name: string; grids: Grid[]; notices: SourceNotice[] }
  | { status: 'error'; name: string; failure: ReadFailure };

export interface ReportFilePickerProps {
  state: FileState;
  disabled: boolean;
  onChange(state: FileState): void;
  readFile?(file: ReportFile): Promise<ReportFileRead>;
}

/** What the file input offers; the reader takes a few more extensions (.docm, .tsv, …) by name. */
export const REPORT_FILE_ACCEPT = '.docx,.html,.htm,.mhtml,.mht,.pdf,.xlsx,.csv,.txt';

const MB = 1024 * 1024;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '6px' },
  hidden: { display: 'none' },
  hint: { margin: 0 },
  list: { margin: '4px 0 0', paddingLeft: '18px' },
});

/** The readers (src/sources, exceljs, pdf.js) are loaded on the first file, not with the dialog. */
const defaultReadFile = (file: ReportFile) =>
  import('../read-report-file').then((m) => m.readReportFile(file));

/** File contents as bytes; FileReader where Blob.arrayBuffer is missing (older web views). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** Typed so that a reader error without a message in the catalogs fails to compile. */
const errorKey = (failure: ReadFailure): MessageKey => `fileError.${failure.error}`;

/** Chooses a report file and reads it at once, so the dialog can say what is wrong before inserting. */
export function ReportFilePicker({
  state,
  disabled,
  onChange,
  readFile = defaultReadFile,
}: ReportFilePickerProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  // Only the latest choice may report back: an earlier, slower read is dropped.
  const latest = useRef(0);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again reads it again
    if (!chosen) return;
    const token = ++latest.current;
    const name = chosen.name;
    onChange({ status: 'reading', name });
    let result: ReportFileRead;
    try {
      result = await readFile({ name, bytes: await bytesOf(chosen) });
    } catch (e) {
      result = { error: 'failed', ext: '', detail: e instanceof Error ? e.message : String(e) };
    }
    if (token !== latest.current) return;
    if ('error' in result) {
      if (result.detail) console.warn(`${name}: ${result.error}: ${result.detail}`);
      onChange({ status: 'error', name, failure: result });
    } else onChange({ status: 'read', name, grids: result.grids, notices: result.notices });
  };

  const limit = (failure: ReadFailure) =>
    failure.limit === undefined
      ? undefined
      : failure.error === 'too-many-cells'
        ? String(failure.limit)
        : `${Math.round(failure.limit / MB)} MB`;

  return (
    <div className={styles.root} data-testid="report-file">
      <input
        ref={input}
        type="file"
        className={styles.hidden}
        accept={REPORT_FILE_ACCEPT}
        aria-label={t('templateFileInput')}
        disabled={disabled || state.status === 'reading'}
        onChange={(e) => void choose(e)}
      />
      <Button disabled={disabled || state.status === 'reading'} onClick={() => input.current?.click()}>
        {state.status === 'none' ? t('templateFileChoose') : t('templateFileChange')}
      </Button>
      {state.status === 'none' && <p className={styles.hint}>{t('templateFileNeeded')}</p>}
      {state.status === 'reading' && (
        <Spinner size="tiny" labelPosition="after" label={t('templateFileReading', { file: state.name })} />
      )}
      {state.status === 'read' && (
        <MessageBar intent="success" layout="multiline" data-testid="report-file-read">
          <MessageBarBody>
            {t('templateFileRead', { file: state.name })}
            {state.notices.length > 0 && (
              <ul className={styles.list}>
                {state.notices.map((n) => (
                  <li key={n.code}>{noticeMessage(n, locale)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'error' && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="report-file-error">
          <MessageBarBody>
            <MessageBarTitle>{t('templateFileFailed', { file: state.name })}</MessageBarTitle>
            {t(errorKey(state.failure), {
              ext: state.failure.ext || state.name,
              limit: limit(state.failure),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
