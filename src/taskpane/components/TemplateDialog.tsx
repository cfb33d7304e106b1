import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Edition } from '../../format';
import type { InsertTemplateOptions } from '../../office/types';
import type { TotalsMode } from '../../template/types';
import { useI18n } from '../i18n/context';
import type { ReportFile, ReportFileRead } from '../read-report-file';
import { parseYear } from '../year';
import { FormActions } from './FormActions';
import { ReportFilePicker, type FileState } from './ReportFilePicker';

export { parseYear };

export interface TemplateDialogProps {
  open: boolean;
  /** Inserting: the form is locked and the button spins. */
  busy: boolean;
  /** The year offered first (the report is written early in the following year). */
  defaultYear?: number;
  onConfirm(options: InsertTemplateOptions): void;
  onCancel(): void;
  /** Reads a chosen report file; default readReportFile, loaded on first use. Tests inject their own. */
  readFile?(file: ReportFile): Promise<ReportFileRead>;
  /** 年度 and 机关名称 for the new sheet's title (default shown; not in Word, see PaneFeatures). */
  titleFields?: boolean;
}

type FillMode = 'none' | 'active-sheet' | 'file';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  intro: { margin: 0 },
});

/** The options of 插入模板: edition, year, 机关名称, fill (none, current sheet, a report file), totals mode. */
export function TemplateDialog({
  open,
  busy,
  defaultYear,
  onConfirm,
  onCancel,
  readFile,
  titleFields = true,
}: TemplateDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [edition, setEdition] = useState<Edition>('2021');
  const [year, setYear] = useState(String(defaultYear ?? new Date().getFullYear() - 1));
  const [body, setBody] = useState('');
  const [fill, setFill] = useState<FillMode>('none');
  const [file, setFile] = useState<FileState>({ status: 'none' });
  const [totals, setTotals] = useState<TotalsMode>('formula');
  const parsedYear = parseYear(year);
  const fileMissing = fill === 'file' && file.status !== 'read';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || parsedYear === 'invalid' || fileMissing) return;
    onConfirm({
      edition,
      year: parsedYear,
      body: body.trim() || null,
      totals,
      fill:
        fill === 'file' && file.status === 'read'
          ? { file: file.name, grids: file.grids }
          : fill === 'file'
            ? 'none'
            : fill,
    });
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && !busy && onCancel()}>
      <DialogSurface aria-describedby="template-intro">
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{t('templateDialogTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              <p id="template-intro" className={styles.intro}>
                {t('templateIntro')}
              </p>
              <Field label={t('templateEdition')}>
                <RadioGroup
                  value={edition}
                  disabled={busy}
                  onChange={(_e, data) => setEdition(data.value as Edition)}
                >
                  <Radio value="2021" label={t('templateEdition2021')} />
                  <Radio value="2019" label={t('templateEdition2019')} />
                </RadioGroup>
              </Field>
              {titleFields && (
                <>
                  <Field
                    label={t('templateYear')}
                    validationState={parsedYear === 'invalid' ? 'error' : 'none'}
                    validationMessage={parsedYear === 'invalid' ? t('templateYearInvalid') : undefined}
                  >
                    <Input
                      inputMode="numeric"
                      value={year}
                      disabled={busy}
                      onChange={(_e, data) => setYear(data.value)}
                    />
                  </Field>
                  <Field label={t('templateBody')}>
                    <Input
                      value={body}
                      placeholder={t('templateBodyPlaceholder')}
                      disabled={busy}
                      onChange={(_e, data) => setBody(data.value)}
                    />
                  </Field>
                </>
              )}
              <Field
                label={t('templateFillFrom')}
                hint={
                  fill === 'active-sheet'
                    ? t('templateFillHint')
                    : fill === 'file'
                      ? t('templateFileHint')
                      : undefined
                }
              >
                <RadioGroup
                  value={fill}
                  disabled={busy}
                  onChange={(_e, data) => setFill(data.value as FillMode)}
                >
                  <Radio value="none" label={t('templateFillNone')} />
                  <Radio value="active-sheet" label={t('templateFill')} />
                  <Radio value="file" label={t('templateFillFile')} />
                </RadioGroup>
              </Field>
              {fill === 'file' && (
                <ReportFilePicker state={file} disabled={busy} onChange={setFile} readFile={readFile} />
              )}
              <Field label={t('templateTotals')}>
                <RadioGroup
                  value={totals}
                  disabled={busy}
                  onChange={(_e, data) => setTotals(data.value as TotalsMode)}
                >
                  <Radio value="formula" label={t('templateTotalsFormula')} />
                  <Radio value="input" label={t('templateTotalsInput')} />
                </RadioGroup>
              </Field>
            </DialogContent>
            <FormActions
              busy={busy}
              disabled={parsedYear === 'invalid' || fileMissing}
              label={t('templateInsert')}
              busyLabel={t('templateInserting')}
              onCancel={onCancel}
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
