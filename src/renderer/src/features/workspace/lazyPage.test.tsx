import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '@shared/domain/types';
import { createI18n } from '../../i18n/i18n';
import { lazyPage, PageLoading } from './lazyPage';

function Hello({ name }: { name: string }) {
  return <h1>Hello {name}</h1>;
}

const render = (lang: Lang, node: React.ReactNode) =>
  renderToString(
    <I18nextProvider i18n={createI18n(lang)}>
      <Suspense fallback={<PageLoading />}>{node}</Suspense>
    </I18nextProvider>,
  );

/** Lets the promise chain inside React.lazy settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyPage', () => {
  it('shows an accessible loading state until its chunk is in, then the page', async () => {
    let arrive: (page: typeof Hello) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    const { Page } = lazyPage(load);

    // renderToString shows a suspended boundary's fallback (with a note that the client takes over).
    const loading = render('en', <Page name="Ada" />);
    expect(loading).toContain('<p role="status" class="muted">Loading…</p>');
    expect(loading).not.toContain('Hello');
    arrive(Hello);
    await settle();
    const page = render('en', <Page name="Ada" />);
    expect(page).toContain('<h1>Hello <!-- -->Ada</h1>');
    expect(page).not.toContain('role="status"');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says "loading" in Dutch too', () => {
    const { Page } = lazyPage(() => new Promise<typeof Hello>(() => undefined));
    expect(render('nl', <Page name="Ada" />)).toContain('role="status"');
    expect(render('nl', <Page name="Ada" />)).toContain('Laden…');
  });

  it('loads the chunk once, whether preloaded (hover) or rendered first', async () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const { Page, preload } = lazyPage(load);
    void preload();
    void preload();
    await preload();
    render('en', <Page name="Ada" />);
    await settle();
    expect(render('en', <Page name="Ada" />)).toContain('Ada');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders a preloaded page at once, without a loading state (React would hold a revealed boundary back)', async () => {
    const { Page, preload } = lazyPage(() => Promise.resolve(Hello));
    await preload();
    const html = render('en', <Page name="Ada" />);
    expect(html).toContain('Ada');
    expect(html).not.toContain('role="status"');
  });

  it('fetches again after a failed load instead of keeping the failure', async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Hello);
    const { preload } = lazyPage(load);
    await expect(preload()).rejects.toThrow('offline');
    await expect(preload()).resolves.toBe(Hello);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
