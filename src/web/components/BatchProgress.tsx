import { Button, Field, makeStyles, ProgressBar } from '@fluentui/react-components';
import type { Locale } from '../../report/types';
import { wordsOf } from '../i18n';
import { pageWords } from '../i18n/page';
import type { BatchProgress as Progress } from '../use-batch';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: '12px' },
  bar: { flexGrow: 1 },
});

/** n / N with the file being checked, and 取消. */
export function BatchProgress({
  progress,
  locale,
  onCancel,
}: {
  progress: Progress;
  locale: Locale;
  onCancel(): void;
}) {
  const styles = useStyles();
  const w = wordsOf(pageWords, locale);
  const label = w(progress.phase === 'check' ? 'progress' : 'progressPairing', {
    done: progress.done,
    total: progress.total,
    file: progress.file,
  });
  return (
    <div className={styles.root} data-testid="progress" data-done={progress.done} data-total={progress.total}>
      <Field className={styles.bar} validationMessage={label} validationState="none">
        <ProgressBar
          value={progress.total > 0 ? progress.done / progress.total : undefined}
          aria-label={label}
        />
      </Field>
      <Button onClick={onCancel}>{w('cancel')}</Button>
    </div>
  );
}
