/**
 * exceljs for the page's worker, from its source modules instead of its browser bundle. The bundle
 * (dist/exceljs.min.js) is transpiled to ES5 with regenerator and core-js, which made loading a
 * workbook several times slower than the same library in Node; a current browser runs the source
 * as it is, given the few Node modules it names (webpack.config.js: resolve.fallback, ProvidePlugin).
 * Same API as the package's browser entry (lib/exceljs.browser.js): Workbook and the enums.
 */
const Workbook = require('exceljs/lib/doc/workbook');
const Enums = require('exceljs/lib/doc/enums');

module.exports = { Workbook, ...Enums };
