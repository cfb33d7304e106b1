/**
 * The files a reviewer downloads, made by the worker and saved by the browser: one report's marked
 * copy, its 审核意见 and filled template; the batch's zip, findings (.xlsx, .csv) and 汇总 of the
 * departments ticked. One at a time, with a line saying what is being made and how it went.
 */
import { useCallback, useState } from 'react';
import type { Locale } from '../report/types';
import { wordsOf } from './i18n';
import { pageWords } from './i18n/page';
import { annotatedName, downloadName, opinionName, uniqueNames } from './outputs/names';
import { saveFile } from './download';
import type { CheckerPool } from './pool';
import type { CheckedFile } from './types';

export type DownloadState =
  | { kind: 'making'; file: string }
  | { kind: 'made'; file: string; summary?: string }
  | { kind: 'failed'; file: string; message: string };

export interface Downloads {
  state: DownloadState | null;
  busy: boolean;
  annotated(file: CheckedFile): Promise<void>;
  opinion(file: CheckedFile): Promise<void>;
  template(file: CheckedFile | null): Promise<void>;
  zip(files: readonly CheckedFile[]): Promise<void>;
  findingsXlsx(files: readonly CheckedFile[]): Promise<void>;
  findingsCsv(files: readonly CheckedFile[]): Promise<void>;
  consolidate(files: readonly CheckedFile[]): Promise<void>;
}

export function useDownloads(
  pool: CheckerPool,
  locale: Locale,
  bytesOf: (file: CheckedFile) => Promise<ArrayBuffer>,
): Downloads {
  const [state, setState] = useState<DownloadState | null>(null);
  const w = wordsOf(pageWords, locale);

  const make = useCallback(
    async (name: string, work: () => Promise<{ bytes: ArrayBuffer | string; summary?: string }>) => {
      setState({ kind: 'making', file: name });
      try {
        const made = await work();
        saveFile(name, made.bytes);
        setState({ kind: 'made', file: name, ...(made.summary ? { summary: made.summary } : {}) });
      } catch (e) {
        setState({ kind: 'failed', file: name, message: e instanceof Error ? e.message : String(e) });
      }
    },
    [],
  );

  const annotatedBytes = async (file: CheckedFile) => {
    if (!file.report) throw new Error(file.error ?? '');
    const bytes = await bytesOf(file);
    return (
      await pool.make({ kind: 'annotate', name: file.name, bytes, locale, report: file.report }, [bytes])
    ).bytes;
  };
  const opinionBytes = async (file: CheckedFile) =>
    (await pool.make({ kind: 'opinion', file, locale, date: new Date().toISOString() })).bytes;

  return {
    state,
    busy: state?.kind === 'making',
    annotated: (file) =>
      make(annotatedName(file.name, file.format === 'docx'), async () => ({
        bytes: await annotatedBytes(file),
      })),
    opinion: (file) => make(opinionName(file, locale), async () => ({ bytes: await opinionBytes(file) })),
    template: (file) =>
      make(
        file
          ? downloadName(`${file.body ?? file.name}${locale === 'en' ? ' template' : '模板'}`, 'xlsx')
          : downloadName(locale === 'en' ? 'Annual report template' : '年报模板', 'xlsx'),
        () =>
          pool.make({
            kind: 'template',
            source: file ? { name: file.name, body: file.body, grids: file.grids } : null,
            year: file?.year ?? null,
            locale,
          }),
      ),
    zip: (files) =>
      make(downloadName(locale === 'en' ? 'Checked reports' : '年报审核结果', 'zip'), async () => {
        const entries: { name: string; bytes: ArrayBuffer }[] = [];
        for (const file of files) {
          // Unreadable files have no marked copy; their 审核意见 says why.
          if (file.report)
            entries.push({
              name: annotatedName(file.name, file.format === 'docx'),
              bytes: await annotatedBytes(file),
            });
          entries.push({ name: opinionName(file, locale), bytes: await opinionBytes(file) });
        }
        const names = uniqueNames(entries.map((e) => e.name));
        const named = entries.map((e, i) => ({ name: names[i], bytes: e.bytes }));
        return pool.make(
          { kind: 'zip', entries: named },
          named.map((e) => e.bytes),
        );
      }),
    findingsXlsx: (files) =>
      make(downloadName(locale === 'en' ? 'Findings' : '问题清单', 'xlsx'), () =>
        pool.make({ kind: 'findings-xlsx', files: [...files], locale }),
      ),
    findingsCsv: (files) =>
      make(downloadName(locale === 'en' ? 'Findings' : '问题清单', 'csv'), () =>
        pool.make({ kind: 'findings-csv', files: [...files], locale }),
      ),
    consolidate: (files) =>
      make(downloadName(locale === 'en' ? 'Consolidated report' : '汇总', 'xlsx'), () => {
        if (files.length === 0) return Promise.reject(new Error(w('consolidateNone')));
        return pool.make({
          kind: 'consolidate',
          departments: files.map((f) => ({ name: f.body ?? f.name, file: f.name, grids: f.grids })),
          locale,
          body: null,
        });
      }),
  };
}
