import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { Locale } from '../../report/types';
import { wordsOf } from '../i18n';
import { pageWords } from '../i18n/page';
import type { CheckedFile } from '../types';
import type { Downloads } from '../use-downloads';

export interface BatchDownloadsProps {
  locale: Locale;
  files: readonly CheckedFile[];
  /** Ticked in the table: the zip and 汇总 take these (the zip takes every file when none is). */
  selected: readonly CheckedFile[];
  downloads: Downloads;
  disabled: boolean;
}

/** The batch's downloads in one menu. */
export function BatchDownloads({ locale, files, selected, downloads, disabled }: BatchDownloadsProps) {
  const w = wordsOf(pageWords, locale);
  const some = selected.length > 0 ? selected : files;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton icon={<ArrowDownload20Regular />} disabled={disabled || files.length === 0}>
          {w('downloads')}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem data-download="zip" onClick={() => void downloads.zip(some)}>
            {w('downloadZip')}
            {selected.length > 0 ? ` · ${selected.length}` : ''}
          </MenuItem>
          <MenuItem data-download="findings-xlsx" onClick={() => void downloads.findingsXlsx(files)}>
            {w('downloadFindingsXlsx')}
          </MenuItem>
          <MenuItem data-download="findings-csv" onClick={() => void downloads.findingsCsv(files)}>
            {w('downloadFindingsCsv')}
          </MenuItem>
          <MenuItem data-download="consolidate" onClick={() => void downloads.consolidate(selected)}>
            {w('downloadConsolidate')}
            {selected.length > 0 ? ` · ${selected.length}` : ''}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
