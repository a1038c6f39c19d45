/** @jest-environment jsdom */
import { MAX_CONTENT_RECHECKS, MAX_RERUNS, watchPage, watchText } from '../../src/content/page-watch';

const flush = async () => {
  await Promise.resolve();
  await Promise.resolve();
};

beforeEach(() => {
  jest.useFakeTimers();
  document.head.innerHTML = '<title>Start</title>';
  document.body.innerHTML = '<main><p>text</p></main>';
});
afterEach(() => jest.useRealTimers());

async function step(action: () => void): Promise<void> {
  action();
  await flush();
  jest.advanceTimersByTime(700);
}

test('an SPA route change (new title and URL) is reported once, debounced', async () => {
  const onChange = jest.fn();
  const work = new AbortController();
  watchPage(document, onChange, work.signal);
  await step(() => {
    history.pushState({}, '', '/privacy');
    document.title = 'Privacy Policy';
    document.title = 'Privacy Policy | Shop';
  });
  expect(onChange.mock.calls).toEqual([['navigated']]);
  work.abort();
});

test('popstate with a new URL is a navigation', async () => {
  const onChange = jest.fn();
  const work = new AbortController();
  watchPage(document, onChange, work.signal);
  await step(() => {
    history.pushState({}, '', '/elsewhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  expect(onChange.mock.calls).toEqual([['navigated']]);
  work.abort();
});

test('content arriving in the body is re-checked a few times only', async () => {
  const onChange = jest.fn();
  const work = new AbortController();
  watchPage(document, onChange, work.signal);
  for (let i = 0; i < MAX_CONTENT_RECHECKS + 3; i++) await step(() => document.body.append(document.createElement('div')));
  expect(onChange).toHaveBeenCalledTimes(MAX_CONTENT_RECHECKS);
  expect(onChange).toHaveBeenLastCalledWith('content');
  work.abort();
});

test('a restless page cannot make it run forever', async () => {
  const onChange = jest.fn();
  const work = new AbortController();
  watchPage(document, onChange, work.signal);
  for (let i = 0; i < MAX_RERUNS + 10; i++) await step(() => (document.title = `Title ${i}`));
  expect(onChange).toHaveBeenCalledTimes(MAX_RERUNS);
  work.abort();
});

test('nothing after abort', async () => {
  const onChange = jest.fn();
  const work = new AbortController();
  watchPage(document, onChange, work.signal);
  work.abort();
  await step(() => (document.title = 'New'));
  await step(() => document.body.append(document.createElement('div')));
  expect(onChange).not.toHaveBeenCalled();
});

test('watchText reports settled text changes, capped', async () => {
  const onSettled = jest.fn();
  const work = new AbortController();
  const root = document.querySelector('main') as HTMLElement;
  watchText(root, onSettled, work.signal, 2);
  for (let i = 0; i < 5; i++) {
    root.append(document.createElement('p'));
    await flush();
    jest.advanceTimersByTime(1600);
  }
  expect(onSettled).toHaveBeenCalledTimes(2);
  work.abort();
});
