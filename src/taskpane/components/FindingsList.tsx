import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle20Regular, ErrorCircle20Filled, Warning20Filled } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import type { OfficeFailure } from '../../office/types';
import type { AcceptedFinding } from '../../report/reviews';
import type { Finding } from '../../report/types';
import { ruleById } from '../../rules';
import { groupFindings } from '../findings-groups';
import { useI18n } from '../i18n/context';
import { useDialog } from '../use-dialog';
import { AcceptDialog } from './AcceptDialog';
import { FindingItem } from './FindingItem';

export interface FindingsListProps {
  /** The open findings (not accepted). */
  findings: readonly Finding[];
  accepted: readonly AcceptedFinding[];
  withSheet: boolean;
  selected: Finding | null;
  /** A check or a save is running: 确认… and 撤销确认 wait for it. */
  busy: boolean;
  onSelect(finding: Finding): void;
  onSelectCell(finding: Finding, address: string): void;
  /** Saves the acceptance; resolves with the failure, or null once saved. */
  onAccept(finding: Finding, reason: string): Promise<OfficeFailure | null>;
  onUnaccept(finding: Finding): void;
}

const ACCEPTED = 'accepted';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '8px 0 4px' },
  groupTitle: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
  help: {
    margin: '0 0 6px',
    padding: '6px 8px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  reason: { fontSize: tokens.fontSizeBase200, flexBasis: '100%' },
});

/**
 * Findings grouped by rule (suspect cell first), each group collapsible with its count and help;
 * the accepted findings last, in a collapsed group 已确认 with their reasons.
 */
export function FindingsList(props: FindingsListProps) {
  const { findings, accepted, withSheet, selected, busy, onSelect, onSelectCell, onAccept, onUnaccept } =
    props;
  const { t, text, ruleName } = useI18n();
  const styles = useStyles();
  const groups = groupFindings(findings);
  const dialog = useDialog();
  const [target, setTarget] = useState<Finding | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const openAccept = (finding: Finding) => {
    setTarget(finding);
    setSaveError(null);
    dialog.show();
  };
  const confirm = async (reason: string) => {
    if (!target) return;
    const failure = await onAccept(target, reason);
    if (failure) setSaveError(text(failure.message));
    else dialog.hide();
  };

  /** One finding in a list, with the actions its group offers. */
  const row = (finding: Finding, actions: ReactNode) => (
    <li key={`${finding.fingerprint}|${finding.address}`}>
      <FindingItem
        finding={finding}
        withSheet={withSheet}
        selected={selected === finding}
        onSelect={onSelect}
        onSelectCell={onSelectCell}
      >
        {actions}
      </FindingItem>
    </li>
  );

  return (
    <section data-findings aria-label={t('findingsHeading')}>
      {groups.length > 0 && <h3 className={styles.heading}>{t('findingsHeading')}</h3>}
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.ruleId)}>
        {groups.map((group) => {
          const meta = ruleById(group.ruleId)?.meta;
          return (
            <AccordionItem key={group.ruleId} value={group.ruleId} data-rule={group.ruleId}>
              <AccordionHeader>
                <span className={styles.groupTitle}>
                  {group.severity === 'error' ? (
                    <ErrorCircle20Filled aria-hidden color={tokens.colorPaletteRedForeground1} />
                  ) : (
                    <Warning20Filled aria-hidden color={tokens.colorPaletteDarkOrangeForeground1} />
                  )}
                  {ruleName(group.ruleId)}
                  <Badge appearance="tint" color="informative" data-testid="group-count">
                    {t('groupCount', { count: group.findings.length })}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                {meta && (
                  <p className={styles.help}>
                    <strong>{t('whyHowToFix')}</strong>
                    {text(meta.description)} {text(meta.help)}
                  </p>
                )}
                <ul className={styles.list}>
                  {group.findings.map((finding) =>
                    row(
                      finding,
                      <Button
                        size="small"
                        appearance="subtle"
                        disabled={busy}
                        onClick={() => openAccept(finding)}
                      >
                        {t('acceptFinding')}
                      </Button>,
                    ),
                  )}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
        {accepted.length > 0 && (
          <AccordionItem value={ACCEPTED} data-rule={ACCEPTED} data-testid="accepted-group">
            <AccordionHeader>
              <span className={styles.groupTitle}>
                <CheckmarkCircle20Regular aria-hidden color={tokens.colorPaletteGreenForeground1} />
                {t('acceptedGroup', { count: accepted.length })}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {accepted.map(({ finding, reason }) =>
                  row(
                    finding,
                    <>
                      <span className={styles.reason}>{t('acceptedReason', { reason })}</span>
                      <Button
                        size="small"
                        appearance="subtle"
                        disabled={busy}
                        onClick={() => onUnaccept(finding)}
                      >
                        {t('undoAccept')}
                      </Button>
                    </>,
                  ),
                )}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
      {dialog.mounted && target && (
        <AcceptDialog
          key={dialog.key}
          open={dialog.open}
          finding={target}
          busy={busy}
          error={saveError}
          onConfirm={(reason) => void confirm(reason)}
          onCancel={dialog.hide}
        />
      )}
    </section>
  );
}
