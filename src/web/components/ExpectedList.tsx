import {
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import { PeopleList20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { Locale } from '../../report/types';
import { FormActions } from '../../taskpane/components/FormActions';
import { parseExpected } from '../batch-rows';
import { wordsOf } from '../i18n';
import { pageWords } from '../i18n/page';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: '8px' },
  area: { minHeight: '220px' },
  hidden: { display: 'none' },
});

/** 应报单位名单: pasted or loaded from a text file, one name per line. */
export function ExpectedList({
  locale,
  expected,
  onChange,
}: {
  locale: Locale;
  expected: readonly string[];
  onChange(names: string[]): void;
}) {
  const styles = useStyles();
  const w = wordsOf(pageWords, locale);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);

  return (
    <Dialog
      open={open}
      onOpenChange={(_e, data) => {
        setOpen(data.open);
        if (data.open) setText(expected.join('\n'));
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<PeopleList20Regular />}>
          {expected.length > 0 ? w('expectedCount', { count: expected.length }) : w('expected')}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onChange(parseExpected(text));
            setOpen(false);
          }}
        >
          <DialogBody>
            <DialogTitle>{w('expected')}</DialogTitle>
            <DialogContent className={styles.content}>
              <p>{w('expectedHint')}</p>
              <Textarea
                className={styles.area}
                aria-label={w('expected')}
                value={text}
                onChange={(_e, data) => setText(data.value)}
              />
              <Button onClick={() => input.current?.click()}>{w('expectedLoad')}</Button>
              <input
                ref={input}
                type="file"
                accept=".txt,.csv,text/plain"
                className={styles.hidden}
                data-testid="expected-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void file.text().then(setText);
                }}
              />
            </DialogContent>
            <FormActions
              busy={false}
              label={w('expectedApply')}
              busyLabel={w('expectedApply')}
              onCancel={() => setOpen(false)}
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
