/** Errors shaped like OfficeExtension.Error (name `RichApi.Error`, a string `code`). */
export class DoubleOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  itemNotFound: 'ItemNotFound',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  propertyNotLoaded: 'PropertyNotLoaded',
} as const;

export const fail = (code: string, message: string): never => {
  throw new DoubleOfficeError(code, message);
};
