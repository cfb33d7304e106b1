/** How main() hands the options to the engine, with the engine replaced by a spy. */
import { checkGrids } from '../../src/check';
import { FIXTURE, run } from './helpers';

jest.mock('../../src/check', () => ({
  checkGrids: jest.fn(() => {
    throw new Error('boom');
  }),
}));

const spy = checkGrids as jest.MockedFunction<typeof checkGrids>;

beforeEach(() => spy.mockClear());

test('--year and --locale reach checkGrids, with the grids of the file', async () => {
  await run('check', FIXTURE, '--year', '2023', '--locale', 'en');
  expect(spy).toHaveBeenCalledTimes(1);
  const [grids, options] = spy.mock.calls[0];
  expect(grids.map((g) => g.sheet)).toEqual(['zhengzhou-zwfwb-2021']);
  expect(options).toEqual({ locale: 'en', year: 2023 });
});

test('defaults: zh-CN and an unknown year', async () => {
  await run('check', FIXTURE);
  expect(spy.mock.calls[0][1]).toEqual({ locale: 'zh-CN', year: null });
});

test('an engine that throws makes that file unreadable with an internal-error message, exit 2', async () => {
  const r = await run('check', FIXTURE, '--format', 'json');
  expect(r.code).toBe(2);
  const out = JSON.parse(r.stdout) as { files: { status: string; error: string }[] };
  expect(out.files[0].status).toBe('unreadable');
  expect(out.files[0].error).toContain('内部错误');
  expect(out.files[0].error).toContain('boom');
});
