import { FAILURE_MESSAGES, fill } from './messages';
import type { OfficeFailure, OfficeFailureCode } from './types';

/** Office error codes (OfficeExtension.Error.code) we turn into our own failure codes. */
const CODE_MAP: Record<string, OfficeFailureCode> = {
  InvalidOperationInCellEditMode: 'cell-edit',
  AccessDenied: 'protected',
  ItemNotFound: 'sheet-missing',
  ApiNotFound: 'requirement',
  RequestPayloadSizeLimitExceeded: 'payload',
  ResponsePayloadSizeLimitExceeded: 'payload',
};

export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function failure(
  code: OfficeFailureCode,
  vars: Record<string, string> = {},
  detail?: string,
): OfficeFailure {
  return { code, message: fill(FAILURE_MESSAGES[code], { detail: detail ?? '', ...vars }), detail };
}

/** What an Office.js rejection means to the user, and its technical detail for the log. */
export function classifyError(error: unknown): { kind: OfficeFailureCode; detail: string } {
  const code = officeErrorCode(error);
  const detail = `${code ?? 'Error'}: ${error instanceof Error ? error.message : String(error)}`;
  return { kind: (code && CODE_MAP[code]) || 'unknown', detail };
}

/** Maps anything an Excel.run rejected with to a failure the pane can show. */
export function toFailure(error: unknown, vars: Record<string, string> = {}): OfficeFailure {
  const { kind: mapped, detail } = classifyError(error);
  // ItemNotFound names no item: without a sheet to name, it was something else that went away.
  const kind = mapped === 'sheet-missing' && !vars.sheets ? 'changed' : mapped;
  return failure(kind, { sheets: '', version: '1.9', ...vars }, detail);
}

/** A planned failure inside a batch (e.g. a protected sheet found while reading). */
export class FailureSignal extends Error {
  constructor(readonly failure: OfficeFailure) {
    super(failure.message.en);
  }
}
