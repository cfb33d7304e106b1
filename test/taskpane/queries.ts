/**
 * The pane's parts found as a user (or a screen reader) finds them: by role and accessible name.
 * Shared by the task pane's and the page's component tests, which render the same verdict and
 * findings list.
 */
import { screen, waitFor, within } from '@testing-library/react';

/**
 * Elements marked aria-hidden included. Behind an open modal dialog the pane is aria-hidden, as it
 * should be; and Fluent's focus manager (tabster, one per window) may in jsdom leave a dialog opened
 * by a real click marked aria-hidden too. Queries there pass this.
 */
export const WITH_HIDDEN = { hidden: true } as const;

/** A lazy chunk's first use compiles its modules (ts-jest): seconds on a busy 2-core machine, not the default 1. */
export const LAZY_CHUNK = { timeout: 15_000 };

/**
 * A modal dialog has closed: it is gone, and the pane behind it is back in the accessibility tree
 * (tabster gives it back asynchronously, as in a browser).
 */
export async function dialogClosed() {
  await waitFor(() => expect(screen.queryByRole('dialog', WITH_HIDDEN)).toBeNull());
  await waitFor(() => screen.getByRole('main'));
}

/** The verdict is a region named by its headline (通过, 未通过, 未找到表格, 未发现错误…; English alike). */
const VERDICT = /^(通过|未通过|未找到表格|未发现错误|Passed|Failed|No table found|No errors)/;
export const verdict = (options: { hidden?: boolean } = {}) =>
  screen.getByRole('region', { name: VERDICT, ...options });
export const findVerdict = () => screen.findByRole('region', { name: VERDICT });
export const queryVerdict = () => screen.queryByRole('region', { name: VERDICT });

/** The findings list: a region named 发现的问题 / Problems found. */
const FINDINGS = /^(发现的问题|Problems found)$/;
export const findingsRegion = (container: HTMLElement = document.body) =>
  within(container).getByRole('region', { name: FINDINGS });
/** The findings list is a lazy chunk: wait for it after a check. */
export const findFindingsRegion = () => screen.findByRole('region', { name: FINDINGS });

/** Finding rows are buttons whose name begins with their severity word, never a colour alone. */
const SEVERITY_FIRST = /^(错误|警告|Error|Warning)/;
export const findingRows = (container: HTMLElement = document.body) =>
  within(container).queryAllByRole('button', { name: SEVERITY_FIRST });

/** A rule group's header: the accordion button named after the rule, then its count (`3 处`). */
export const groupHeaders = (container: HTMLElement = document.body) =>
  within(findingsRegion(container))
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('aria-expanded') && /\d+ 处$|\d$/.test(b.textContent ?? ''));

/** A message bar (Fluent renders role group, named by its title). */
export const messageBar = (title: string | RegExp) => screen.getByRole('group', { name: title });
export const findMessageBar = (title: string | RegExp) => screen.findByRole('group', { name: title });
export const queryMessageBar = (title: string | RegExp) => screen.queryByRole('group', { name: title });

/** The failure bar of an Office call that did not complete (操作未完成 / Not done). */
export const FAILURE = /^(操作未完成|Not done)$/;
