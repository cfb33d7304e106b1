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
      const { consolidatedWorkbook } = await import('../../xlsx/consolidate-workbook');
      const made = await consolidatedWorkbook(
        task.departments.map((d) => ({ name: d.name, grids: d.grids.map(gridOf) })),
        { locale: task.locale, body: task.body },
      );
      const bytes = new Uint8Array(await made.workbook.xlsx.writeBuffer());
      const departments = made.consolidation.departments;
      const included = departments.filter((d) => d.excluded === null).length;
      const summary = wordsOf(workerWords, task.locale)('consolidated', {
        included,
        excluded: departments.length - included,
      });
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
