import {
  Checkbox,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Label,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { ConsolidateSheetsOptions, DuplicateSheets, Outcome, WorkbookSheet } from '../../office/types';
import { useI18n } from '../i18n/context';
import { FormActions } from './FormActions';

export type ConsolidateChoice = Omit<ConsolidateSheetsOptions, 'locale'>;

export interface ConsolidateDialogProps {
  open: boolean;
  /** Consolidating: the form is locked and the button spins. */
  busy: boolean;
  loadSheets(): Promise<Outcome<WorkbookSheet[]>>;
  /** Resolves with the groups of chosen sheets that are one report when 汇总 refused them. */
  onConfirm(choice: ConsolidateChoice): Promise<DuplicateSheets[] | null> | void;
  onCancel(): void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  intro: { margin: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: '4px' },
  sheets: { display: 'flex', flexDirection: 'column', maxHeight: '220px', overflowY: 'auto' },
  error: { color: tokens.colorPaletteRedForeground1 },
  conflict: { color: tokens.colorPaletteRedForeground1, marginLeft: '32px', display: 'block' },
});

/** Sheets this add-in made (templates, earlier consolidations) are not departments. */
const GENERATED = /^(年报模板|汇总表)( \(\d+\))?$/;

/**
 * 汇总: choose the department sheets, whether to leave out those with errors (not by default: a total
 * covers every department given), and the title's body. Sheets found to be one report are marked
 * until all but one of each group are unticked.
 */
export function ConsolidateDialog({ open, busy, loadSheets, onConfirm, onCancel }: ConsolidateDialogProps) {
  const { t, text } = useI18n();
  const styles = useStyles();
  const [sheets, setSheets] = useState<WorkbookSheet[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [excludeInvalid, setExcludeInvalid] = useState(false);
  const [body, setBody] = useState('');
  const [duplicates, setDuplicates] = useState<DuplicateSheets[]>([]);
  // Groups with more than one sheet still ticked: 汇总 would count one report twice.
  const clashing = duplicates.filter((g) => g.sheets.filter((s) => chosen.has(s)).length > 1);
  const clashOf = (sheet: string) => clashing.find((g) => g.sheets.includes(sheet));

  useEffect(() => {
    if (!open) return;
    let live = true;
    void loadSheets().then((outcome) => {
      if (!live) return;
      if (!outcome.ok) return setLoadError(text(outcome.error.message));
      setSheets(outcome.value);
      setChosen(new Set(outcome.value.filter((s) => !GENERATED.test(s.name)).map((s) => s.name)));
    });
    return () => {
      live = false;
    };
  }, [open, loadSheets, text]);

  const toggle = (name: string, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || !sheets || chosen.size === 0 || clashing.length > 0) return;
    // Keep the workbook's tab order, whatever order the boxes were ticked in.
    const ordered = sheets.map((s) => s.name).filter((name) => chosen.has(name));
    void Promise.resolve(onConfirm({ sheets: ordered, excludeInvalid, body: body.trim() || null })).then(
      (refused) => refused && setDuplicates(refused),
    );
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && !busy && onCancel()}>
      <DialogSurface aria-describedby="consolidate-intro">
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{t('consolidateTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              <p id="consolidate-intro" className={styles.intro}>
                {t('consolidateIntro')}
              </p>
              {/* Not a Field: a Field would lend its label to every checkbox inside it. */}
              <div className={styles.group}>
                <Label id="consolidate-sheets">{t('consolidateSheets')}</Label>
                {sheets === null && !loadError ? (
                  <Spinner size="tiny" label={t('loading')} />
                ) : (
                  <div className={styles.sheets} role="group" aria-labelledby="consolidate-sheets">
                    {(sheets ?? []).map((s, i) => {
                      const clash = chosen.has(s.name) ? clashOf(s.name) : undefined;
                      const noteId = `consolidate-clash-${i}`;
                      return (
                        <div key={s.name}>
                          <Checkbox
                            label={s.name}
                            checked={chosen.has(s.name)}
                            disabled={busy}
                            aria-describedby={clash ? noteId : undefined}
                            onChange={(_e, data) => toggle(s.name, data.checked === true)}
                          />
                          {clash && (
                            <Text id={noteId} size={200} className={styles.conflict}>
                              {t('consolidateClash', {
                                note: text(clash.note),
                                others: clash.sheets.filter((o) => o !== s.name).join('”“'),
                              })}
                            </Text>
                          )}
                        </div>
                      );
                    })}
                  </div>
                )}
                {(loadError || (sheets && chosen.size === 0)) && (
                  <Text role="alert" className={styles.error}>
                    {loadError ?? t('consolidateNone')}
                  </Text>
                )}
                {clashing.length > 0 && (
                  <Text role="alert" className={styles.error}>
                    {t('consolidateDuplicates')}
                  </Text>
                )}
              </div>
              <Checkbox
                label={t('consolidateExclude')}
                checked={excludeInvalid}
                disabled={busy}
                onChange={(_e, data) => setExcludeInvalid(data.checked === true)}
              />
              <Field label={t('templateBody')}>
                <Input
                  value={body}
                  placeholder={t('templateBodyPlaceholder')}
                  disabled={busy}
                  onChange={(_e, data) => setBody(data.value)}
                />
              </Field>
            </DialogContent>
            <FormActions
              busy={busy}
              disabled={!sheets || chosen.size === 0 || clashing.length > 0}
              label={t('consolidateConfirm')}
              busyLabel={t('consolidating')}
              onCancel={onCancel}
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
