import { Button, makeStyles, Tooltip } from '@fluentui/react-components';
import {
  CalculatorMultiple20Regular,
  DocumentTable20Regular,
  Eraser20Regular,
  TableSearch20Regular,
  TaskListSquareLtr20Regular,
} from '@fluentui/react-icons';
import type { CheckScope } from '../../office/types';
import { useI18n } from '../i18n/context';

export interface ActionsProps {
  busy: boolean;
  /** Whether the workbook holds marks to restore. */
  hasMarks: boolean;
  onCheck(scope: CheckScope): void;
  onClearMarks(): void;
  onInsertTemplate?: () => void;
  onConsolidate?: () => void;
  /** 校验整个工作簿 beside the first button (Excel); false in Word, whose document is checked whole. */
  workbookScope?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

export function Actions({
  busy,
  hasMarks,
  onCheck,
  onClearMarks,
  onInsertTemplate,
  onConsolidate,
  workbookScope = true,
}: ActionsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root} role="toolbar" aria-label={t('appTitle')}>
      <Button
        appearance="primary"
        icon={<TableSearch20Regular />}
        disabled={busy}
        onClick={() => onCheck('sheet')}
      >
        {t('checkSheet')}
      </Button>
      {workbookScope && (
        <Button icon={<TaskListSquareLtr20Regular />} disabled={busy} onClick={() => onCheck('workbook')}>
          {t('checkWorkbook')}
        </Button>
      )}
      <Button icon={<Eraser20Regular />} disabled={busy || !hasMarks} onClick={onClearMarks}>
        {t('clearMarks')}
      </Button>
      <InsertTemplateButton busy={busy} onInsertTemplate={onInsertTemplate} />
      {onConsolidate && (
        <Button icon={<CalculatorMultiple20Regular />} disabled={busy} onClick={onConsolidate}>
          {t('consolidate')}
        </Button>
      )}
    </div>
  );
}

/** Until the template feature wires it, the button stays visible but explains why it does nothing. */
export function InsertTemplateButton({
  busy,
  onInsertTemplate,
}: {
  busy: boolean;
  onInsertTemplate?: () => void;
}) {
  const { t } = useI18n();
  if (onInsertTemplate)
    return (
      <Button icon={<DocumentTable20Regular />} disabled={busy} onClick={onInsertTemplate}>
        {t('insertTemplate')}
      </Button>
    );
  return (
    <Tooltip content={t('insertTemplateLater')} relationship="description">
      <Button icon={<DocumentTable20Regular />} disabledFocusable>
        {t('insertTemplate')}
      </Button>
    </Tooltip>
  );
}
