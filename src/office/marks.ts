/** The marks live in a pure module shared with the CLI's annotated copies (src/report/marks.ts). */
export * from '../report/marks';
