/** Tool name and version, shown in JSON output and the task pane. Kept in step with package.json by a test. */
export const TOOL_NAME = 'disclosure-check';
export const TOOL_VERSION = '0.1.0';
