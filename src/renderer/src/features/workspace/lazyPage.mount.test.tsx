// @vitest-environment happy-dom
import { act, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPage } from './lazyPage';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** A page with state of its own, like a half-typed name in an add field. */
function Draft({ title }: { title: string }) {
  const [text, setText] = useState('');
  return (
    <section>
      <h1>{title}</h1>
      <button type="button" onClick={() => setText('Pop-up')}>
        type
      </button>
      <output>{text}</output>
    </section>
  );
}

const host = document.createElement('div');
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

describe('lazyPage in a live tree', () => {
  it('keeps a page that mounted while loading, and its state, when it renders again after the chunk is in', async () => {
    let arrive: (page: typeof Draft) => void = () => undefined;
    const { Page } = lazyPage(() => new Promise<typeof Draft>((resolve) => (arrive = resolve)));
    const show = (title: string) =>
      act(() =>
        root.render(
          <Suspense fallback={<p>loading</p>}>
            <Page title={title} />
          </Suspense>,
        ),
      );

    // The boundary already shows something (the start screen) when the page comes in.
    await act(() =>
      root.render(
        <Suspense fallback={<p>loading</p>}>
          <p>start</p>
        </Suspense>,
      ),
    );
    await show('Framework');
    expect(host.querySelector('h1')).toBeNull();
    // The shell renders again while the chunk is still on its way (the workspace info came in).
    await show('Framework');
    await act(async () => {
      arrive(Draft);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(host.querySelector('h1')?.textContent).toBe('Framework');

    await act(() => host.querySelector('button')?.click());
    expect(host.querySelector('output')?.textContent).toBe('Pop-up');
    // A save elsewhere re-renders the shell (new props): the page must not start over.
    await show('Framework (saved)');
    expect(host.querySelector('h1')?.textContent).toBe('Framework (saved)');
    expect(host.querySelector('output')?.textContent).toBe('Pop-up');
  });
});
