import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { Text } from '../../format';
import type { OfficeFailure } from '../../office/types';
import { useI18n } from '../i18n/context';

/** An Office failure, in the UI locale; the technical detail stays in the tooltip for support. */
export function FailureBar({ failure, onDismiss }: { failure: OfficeFailure; onDismiss(): void }) {
  const { t, text } = useI18n();
  return (
    <MessageBar intent="error" data-testid="failure" title={failure.detail}>
      <MessageBarBody>
        <MessageBarTitle>{t('failureTitle')}</MessageBarTitle>
        {text(failure.message)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t('dismiss')}
            icon={<Dismiss20Regular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}

/** Features this Office version skipped (notes, merged areas…), so a missing note is explained. */
export function DegradedBar({ notes }: { notes: readonly Text[] }) {
  const { t, text } = useI18n();
  if (notes.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="degraded">
      <MessageBarBody>
        <MessageBarTitle>{t('degradedTitle')}</MessageBarTitle>
        {notes.map((note) => text(note)).join(' ')}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Marks left by an earlier check (the workbook was saved with them): offer to restore. */
export function EarlierMarksBar({ busy, onClearMarks }: { busy: boolean; onClearMarks(): void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="earlier-marks">
      <MessageBarBody>
        <MessageBarTitle>{t('marksFoundTitle')}</MessageBarTitle>
        {t('marksFoundBody')}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={onClearMarks}>
          {t('clearMarks')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** A done message; `warnings` (what could not be done) turn it into a warning that lists them. */
export function SuccessBar({ message, warnings = [] }: { message: string; warnings?: readonly string[] }) {
  return (
    <MessageBar intent={warnings.length ? 'warning' : 'success'} layout="multiline" data-testid="notice">
      <MessageBarBody>
        {message}
        {warnings.map((w) => (
          <div key={w}>{w}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Acceptances stored in the workbook that match no finding of the checked sheets any more. */
export function UnmatchedReviewsBar({
  count,
  busy,
  onRemove,
}: {
  count: number;
  busy: boolean;
  onRemove(): void;
}) {
  const { t } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="unmatched-reviews">
      <MessageBarBody>
        <MessageBarTitle>{t('unmatchedReviews', { count })}</MessageBarTitle>
        {t('unmatchedReviewsBody')}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={onRemove}>
          {t('removeUnmatched')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
