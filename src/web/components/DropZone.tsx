import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentAdd24Regular, FolderAdd24Regular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import type { Locale } from '../../report/types';
import { fromDrop, fromInput, type PickedFile } from '../files';
import { wordsOf } from '../i18n';
import { pageWords } from '../i18n/page';

export interface DropZoneProps {
  locale: Locale;
  /** Compact once the batch has files: a bar instead of a large target. */
  compact: boolean;
  disabled: boolean;
  onFiles(files: PickedFile[]): void;
}

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '10px',
    padding: '36px 16px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  compact: { flexDirection: 'row', flexWrap: 'wrap', padding: '8px 12px', justifyContent: 'flex-start' },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  lead: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', gap: '8px' },
  hidden: { display: 'none' },
});

/** Files and folders in: two pickers and a drop target (the whole zone). */
export function DropZone({ locale, compact, disabled, onFiles }: DropZoneProps) {
  const styles = useStyles();
  const w = wordsOf(pageWords, locale);
  const files = useRef<HTMLInputElement | null>(null);
  const folder = useRef<HTMLInputElement | null>(null);
  const [over, setOver] = useState(false);

  const drop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    onFiles(await fromDrop(event.dataTransfer));
  };

  return (
    <section
      aria-label={w('dropHere')}
      data-testid="drop-zone"
      className={mergeClasses(styles.zone, compact && styles.compact, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void drop(e)}
    >
      <p className={styles.lead}>{w('dropHere')}</p>
      <div className={styles.buttons}>
        <Button icon={<DocumentAdd24Regular />} disabled={disabled} onClick={() => files.current?.click()}>
          {w('chooseFiles')}
        </Button>
        <Button icon={<FolderAdd24Regular />} disabled={disabled} onClick={() => folder.current?.click()}>
          {w('chooseFolder')}
        </Button>
      </div>
      {!compact && <p className={styles.hint}>{w('formats')}</p>}
      <HiddenPicker
        inputRef={(node) => (files.current = node)}
        testId="file-input"
        label={w('chooseFiles')}
        className={styles.hidden}
        onFiles={onFiles}
      />
      <HiddenPicker
        inputRef={(node) => {
          folder.current = node;
          // Not in React's typings: the folder picker of Chromium browsers and Firefox.
          node?.setAttribute('webkitdirectory', '');
        }}
        testId="folder-input"
        label={w('chooseFolder')}
        className={styles.hidden}
        onFiles={onFiles}
      />
    </section>
  );
}

/** A file input the buttons open; what it picks goes to onFiles, and the same choice can be made again. */
function HiddenPicker(props: {
  inputRef(node: HTMLInputElement | null): void;
  testId: string;
  label: string;
  className: string;
  onFiles(files: PickedFile[]): void;
}) {
  return (
    <input
      ref={props.inputRef}
      type="file"
      multiple
      data-testid={props.testId}
      aria-label={props.label}
      className={props.className}
      onChange={(e) => {
        props.onFiles(fromInput(e.target.files));
        e.target.value = '';
      }}
    />
  );
}
