/**
 * Errors as the Excel host reports them in a RichApi response body (`Error: { Code, Message,
 * HttpStatusCode, Location, ActionIndex }`); the real runtime turns them into OfficeExtension.Error.
 * Codes and statuses: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
  }
}

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  /** Not an Excel code: the test host met a member it does not implement (the test must fail). */
  unsupported: 'UnsupportedByTestHost',
} as const;

const STATUS: Record<string, number> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  ItemNotFound: 404,
  GeneralException: 500,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
};

export const fail = (code: string, message: string): never => {
  throw new HostError(code, message, STATUS[code] ?? 400);
};

export const PROTECTED_MESSAGE = 'The cell or chart that you are trying to change is protected.';
