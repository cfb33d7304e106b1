/**
 * The worker's tasks besides checking: the files a reviewer downloads. Each returns the bytes of
 * one file; nothing leaves the machine (the page saves them with a download link). The modules
 * that make them are evaluated on first use (webpack keeps them in this one script): a worker that
 * only checks starts sooner.
 */
import { wordsOf } from '../i18n';
import { workerWords } from '../i18n/worker';
import { checkFile, gridOf, readErrorMessage, readFile } from './check-file';
import type { FileResult, MadeFile, Task } from './protocol';

/** A failure the user can read (the page shows the message as it is). */
export class TaskFailure extends Error {}

const bufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 &&
  bytes.byteLength === bytes.buffer.byteLength &&
  bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : bytes.slice().buffer;

export async function runTask(task: Task): Promise<FileResult | MadeFile> {
  switch (task.kind) {
    case 'check':
      return checkFile(task.name, new Uint8Array(task.bytes), task.locale, task.previous);
    case 'annotate': {
      const [{ annotateDocx }, { annotatedWorkbook }] = await Promise.all([
        import('../../docx/annotate'),
        import('../../xlsx/annotate'),
      ]);
      const { read, workbook } = await readFile(task.name, new Uint8Array(task.bytes));
      if ('error' in read) throw new TaskFailure(readErrorMessage(read, task.locale));
      // A Word file stays Word (shaded cells and comments); anything else becomes a workbook.
      const bytes =
        read.format === 'docx'
          ? annotateDocx({
              bytes: new Uint8Array(task.bytes),
              report: task.report,
              locale: task.locale,
              source: task.name,
            })
          : await annotatedWorkbook({
              workbook,
              grids: read.grids,
              report: task.report,
              source: task.name,
              locale: task.locale,
            });
      return { bytes: bufferOf(bytes) };
    }
    case 'opinion': {
      const { reviewOpinionDocx } = await import('../outputs/opinion');
      return {
        bytes: bufferOf(
          await reviewOpinionDocx({ file: task.file, locale: task.locale, date: new Date(task.date) }),
        ),
      };
    }
    case 'findings-xlsx': {
      const { findingsWorkbook } = await import('../outputs/findings');
      return { bytes: bufferOf(await findingsWorkbook(task.files, task.locale)) };
    }
    case 'findings-csv': {
      const { findingsCsv } = await import('../outputs/findings');
      return { bytes: bufferOf(new TextEncoder().encode(findingsCsv(task.files, task.locale))) };
    }
    case 'consolidate': {
      const [consolidation, { consolidatedWorkbook }] = await Promise.all([
        import('../../consolidate'),
        import('../../xlsx/consolidate-workbook'),
      ]);
      const w = wordsOf(workerWords, task.locale);
      const grids = task.departments.map((d) => d.grids.map(gridOf));
      const departments = task.departments.map((d, i) =>
        consolidation.describeDepartment(d.name, grids[i], { locale: task.locale }),
      );
      // One report ticked twice (or two files of one body and year) would be counted twice.
      const groups = consolidation.findDuplicates(
        departments.map((d, i) => ({
          ...consolidation.departmentIdentity(d, { fromName: true }),
          content: consolidation.gridsContent(grids[i]),
        })),
      );
      if (groups.length) {
        const names = task.departments.map((d) => d.file ?? d.name);
        const pick = task.locale === 'zh-CN' ? 'zh' : 'en';
        const list = groups.map((g) => consolidation.duplicateText(g, names)[pick]);
        throw new TaskFailure(w('consolidateDuplicates', { groups: list.join(pick === 'zh' ? '；' : '; ') }));
      }
      const words = {
        excludeControl: { zh: '所选', en: 'as chosen' },
        excludeHint: {
          zh: wordsOf(workerWords, 'zh-CN')('consolidateExcludeHint'),
          en: wordsOf(workerWords, 'en')('consolidateExcludeHint'),
        },
        keepControl: { zh: '所选', en: 'as chosen' },
      };
      const made = await consolidatedWorkbook(
        task.departments.map((d, i) => ({ name: d.name, department: departments[i] })),
        { locale: task.locale, body: task.body, words },
      );
      const text = (t: { zh: string; en: string }) => (task.locale === 'zh-CN' ? t.zh : t.en);
      const editions = consolidation.editionConflict(made.consolidation);
      if (editions) throw new TaskFailure(w('consolidateEditions', { detail: text(editions) }));
      const bytes = new Uint8Array(await made.workbook.xlsx.writeBuffer());
      const statuses = made.consolidation.departments;
      const included = statuses.filter((d) => d.excluded === null).length;
      const years = consolidation.mixedYears(made.consolidation);
      const summary = [
        w('consolidated', { included, excluded: statuses.length - included }),
        text(consolidation.invalidPolicy(made.consolidation, words)),
        ...(years ? [text(years)] : []),
      ].join(task.locale === 'zh-CN' ? '' : ' ');
      return { bytes: bufferOf(bytes), summary };
    }
    case 'template': {
      const [{ planTemplate }, { templateWorkbookBytes }] = await Promise.all([
        import('../../template/plan'),
        import('../../xlsx/template'),
      ]);
      const plan = planTemplate({
        grids: task.source ? task.source.grids.map(gridOf) : null,
        year: task.year,
        body: task.source?.body ?? null,
      });
      if ('noTables' in plan)
        throw new TaskFailure(
          wordsOf(workerWords, task.locale)('templateNoTables', { file: task.source?.name ?? '' }),
        );
      return { bytes: bufferOf(await templateWorkbookBytes(plan.template)) };
    }
    case 'zip': {
      const { zipSync } = await import('fflate');
      const files: Record<string, Uint8Array> = {};
      for (const entry of task.entries) files[entry.name] = new Uint8Array(entry.bytes);
      // Annotated workbooks and Word files are zips already: stored, not compressed again.
      return { bytes: bufferOf(zipSync(files, { level: 0 })) };
    }
  }
}
