import { watchOnReturn } from '../../src/word/watch';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(reads: (string | null | Error)[]) {
  const events = new EventTarget();
  let calls = 0;
  const fingerprint = async () => {
    const next = reads[Math.min(calls++, reads.length - 1)];
    if (next instanceof Error) throw next;
    return next;
  };
  const changes: number[] = [];
  const stop = watchOnReturn(events, fingerprint, 'checked', () => changes.push(calls));
  const fire = async (type = 'focus') => {
    events.dispatchEvent(new Event(type));
    await settle();
  };
  return { fire, changes, stop, calls: () => calls };
}

describe('watchOnReturn', () => {
  it('says nothing while the text is as checked, then once when it changes', async () => {
    const w = setup(['checked', 'edited', 'edited again']);
    await w.fire();
    expect(w.changes).toEqual([]);
    await w.fire('visibilitychange');
    expect(w.changes).toEqual([2]);
    await w.fire();
    expect(w.changes).toEqual([2]); // once stale, stays stale: no more reads
    expect(w.calls()).toBe(2);
  });

  it.each([
    ['unreadable (null)', null],
    ['a failed read', new Error('busy')],
  ])('treats %s as unknown, and tries again on the next return', async (_name, first) => {
    const w = setup([first, 'edited']);
    await w.fire();
    expect(w.changes).toEqual([]);
    await w.fire();
    expect(w.changes).toEqual([2]);
  });

  it('reads twice for a burst of events: once, then once more for what came during the read', async () => {
    const w = setup(['checked', 'edited']);
    const events = ['focus', 'visibilitychange', 'focus'];
    for (const type of events) void w.fire(type);
    await settle();
    await settle();
    expect(w.calls()).toBe(2);
    expect(w.changes).toEqual([2]);
  });

  it('stopped during a read: what that read finds is not reported', async () => {
    const events = new EventTarget();
    let finish: (text: string) => void = () => undefined;
    const fingerprint = () => new Promise<string>((resolve) => (finish = resolve));
    const onChange = jest.fn();
    const stop = watchOnReturn(events, fingerprint, 'checked', onChange);
    events.dispatchEvent(new Event('focus'));
    await stop();
    finish('edited');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops listening when stopped', async () => {
    const w = setup(['edited']);
    await w.stop();
    await w.fire();
    expect(w.calls()).toBe(0);
    expect(w.changes).toEqual([]);
  });
});
