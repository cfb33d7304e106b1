import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircle20Filled, Warning20Filled } from '@fluentui/react-icons';
import type { Finding } from '../../report/types';
import { ruleById } from '../../rules';
import { groupFindings } from '../findings-groups';
import { useI18n } from '../i18n/context';
import { FindingItem } from './FindingItem';

export interface FindingsListProps {
  findings: readonly Finding[];
  withSheet: boolean;
  selected: Finding | null;
  onSelect(finding: Finding): void;
}

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
});

/** Findings grouped by rule (suspect cell first), each group collapsible with its count and help. */
export function FindingsList({ findings, withSheet, selected, onSelect }: FindingsListProps) {
  const { t, text, ruleName } = useI18n();
  const styles = useStyles();
  const groups = groupFindings(findings);
  return (
    <section data-findings aria-label={t('findingsHeading')}>
      <h3 className={styles.heading}>{t('findingsHeading')}</h3>
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
                  {group.findings.map((finding) => (
                    <li key={`${finding.fingerprint}|${finding.address}`}>
                      <FindingItem
                        finding={finding}
                        withSheet={withSheet}
                        selected={selected === finding}
                        onSelect={onSelect}
                      />
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
