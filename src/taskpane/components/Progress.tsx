import { Field, ProgressBar, Spinner } from '@fluentui/react-components';
import type { CheckProgress, CheckScope } from '../../office/types';
import { useI18n } from '../i18n/context';

export type BusyTask =
  { kind: 'check'; scope: CheckScope; progress: CheckProgress | null } | { kind: 'clear' };

/** A spinner for one sheet or clearing; a bar with the sheet being read for a whole workbook. */
export function Progress({ task }: { task: BusyTask }) {
  const { t } = useI18n();
  if (task.kind === 'clear') return <Spinner size="tiny" label={t('clearing')} />;
  if (task.scope === 'sheet') return <Spinner size="tiny" label={t('progressSheet')} />;
  const { progress } = task;
  const label =
    progress && progress.total > 0
      ? t('progressWorkbook', { done: progress.done, total: progress.total }) +
        (progress.sheet ? ` — ${progress.sheet}` : '')
      : t('progressWorkbookStart');
  const value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar value={value} aria-label={label} />
    </Field>
  );
}
