/**
 * The worker's tasks besides checking: the files a reviewer downloads. Each returns the bytes of
 * one file; nothing leaves the machine (the page saves them with a download link).
 */
import { zipSync } from 'fflate';
import { annotateDocx } from '../../docx/annotate';
import { planTemplate } from '../../template/plan';
import { annotatedWorkbook } from '../../xlsx/annotate';
import { consolidatedWorkbook } from '../../xlsx/consolidate-workbook';
import { templateWorkbookBytes } from '../../xlsx/template';
import { wordsOf } from '../i18n';
import { workerWords } from '../i18n/worker';
import { findingsCsv, findingsWorkbook } from '../outputs/findings';
import { reviewOpinionDocx } from '../outputs/opinion';
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
    case 'opinion':
      return {
        bytes: bufferOf(
          await reviewOpinionDocx({ file: task.file, locale: task.locale, date: new Date(task.date) }),
        ),
      };
    case 'findings-xlsx':
      return { bytes: bufferOf(await findingsWorkbook(task.files, task.locale)) };
    case 'findings-csv':
      return { bytes: bufferOf(new TextEncoder().encode(findingsCsv(task.files, task.locale))) };
    case 'consolidate': {
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
      const plan = planTemplate({ grids: task.source ? task.source.map(gridOf) : null, year: task.year });
      if ('noTables' in plan)
        throw new TaskFailure(
          wordsOf(workerWords, task.locale)('templateNoTables', { file: task.source?.[0]?.sheet ?? '' }),
        );
      return { bytes: bufferOf(await templateWorkbookBytes(plan.template)) };
    }
    case 'zip': {
      const files: Record<string, Uint8Array> = {};
      for (const entry of task.entries) files[entry.name] = new Uint8Array(entry.bytes);
      // Annotated workbooks and Word files are zips already: stored, not compressed again.
      return { bytes: bufferOf(zipSync(files, { level: 0 })) };
    }
  }
}
