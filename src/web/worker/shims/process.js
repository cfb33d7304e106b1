/* global queueMicrotask */
/** The little of Node's `process` that exceljs's stream modules (readable-stream) use in a worker. */
module.exports = {
  browser: true,
  env: {},
  version: '',
  versions: {},
  nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
  emitWarning: () => undefined,
};
