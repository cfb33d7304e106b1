import { Button, DialogActions, Spinner } from '@fluentui/react-components';
import { useI18n } from '../i18n/context';

export interface FormActionsProps {
  /** The form is being carried out: both buttons wait and the main one spins with `busyLabel`. */
  busy: boolean;
  /** The main button cannot submit yet (nothing chosen); 取消 stays available. */
  disabled?: boolean;
  label: string;
  busyLabel: string;
  onCancel(): void;
}

/**
 * A dialog form's buttons, the same in every dialog of the pane and the page: the main one first
 * (it submits the form), then 取消, the order of Windows and Office dialogs.
 */
export function FormActions({ busy, disabled = false, label, busyLabel, onCancel }: FormActionsProps) {
  const { t } = useI18n();
  return (
    <DialogActions>
      <Button
        type="submit"
        appearance="primary"
        disabled={busy || disabled}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        {busy ? busyLabel : label}
      </Button>
      <Button disabled={busy} onClick={onCancel}>
        {t('cancel')}
      </Button>
    </DialogActions>
  );
}
