import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Textarea,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Finding } from '../../report/types';
import { useI18n } from '../i18n/context';
import { placeText } from '../place';
import { FormActions } from './FormActions';

export interface AcceptDialogProps {
  open: boolean;
  finding: Finding;
  /** Saving: the form is locked and the button spins. */
  busy: boolean;
  /** Why the last save failed, shown in the dialog (the reason typed is kept). */
  error: string | null;
  onConfirm(reason: string): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  intro: { margin: 0 },
  finding: { margin: 0, fontWeight: 600 },
});

/** 确认…: a reviewer accepts a finding, with a required reason kept in the workbook. */
export function AcceptDialog({ open, finding, busy, error, onConfirm, onCancel }: AcceptDialogProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [reason, setReason] = useState('');
  // The hint appears once the user tried to save without a reason, not while the box is still empty.
  const [tried, setTried] = useState(false);
  const missing = reason.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (busy || missing) return;
    onConfirm(reason.trim());
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && !busy && onCancel()}>
      <DialogSurface aria-describedby="accept-intro">
        {/* noValidate: the browser's own bubble for `required` would not speak the pane's language. */}
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('acceptTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              <p className={styles.finding}>
                {placeText(finding, finding.sheet, true, locale)} {finding.message}
              </p>
              <p id="accept-intro" className={styles.intro}>
                {t('acceptIntro')}
              </p>
              <Field
                label={t('acceptReason')}
                required
                validationState={error ? 'error' : tried && missing ? 'error' : 'none'}
                validationMessage={error ?? (tried && missing ? t('acceptReasonNeeded') : undefined)}
              >
                <Textarea
                  value={reason}
                  placeholder={t('acceptReasonPlaceholder')}
                  disabled={busy}
                  resize="vertical"
                  onChange={(_e, data) => setReason(data.value)}
                />
              </Field>
            </DialogContent>
            <FormActions
              busy={busy}
              label={t('acceptSave')}
              busyLabel={t('acceptSaving')}
              onCancel={onCancel}
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
