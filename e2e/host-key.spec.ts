import { expect, test } from './fixtures';

const LOCKED_EN = 'Open Channelwise from the address it showed';
const LOCKED_NL = 'Open Channelwise via het adres dat het toonde';

test('the browser host answers only the address with its key; without it the page says where to go', async ({ page, host, browser }) => {
  // The bare origin: the app shell loads, but the page explains instead of starting.
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('heading', { name: LOCKED_EN })).toBeVisible();
  await expect(page.getByText('ends in #k=', { exact: false })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'File name' })).toHaveCount(0);

  // Then the address serve printed, in the same tab (only the fragment changes).
  await page.goto(host.url);
  await expect(page.getByRole('textbox', { name: 'File name' })).toBeVisible();
  // The key leaves the address bar, and stays with the tab across a reload.
  expect(page.url()).not.toContain('#k=');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'File name' })).toBeVisible();

  // A wrong key (an earlier launch's, say) is refused the same way, in the browser's language.
  const dutch = await browser.newContext({ locale: 'nl-NL' });
  try {
    const other = await dutch.newPage();
    await other.goto(`${host.origin}/#k=the-key-of-an-earlier-launch`);
    await expect(other.getByRole('heading', { name: LOCKED_NL })).toBeVisible();
    await expect(other.locator('html')).toHaveAttribute('lang', 'nl');
  } finally {
    await dutch.close();
  }

  // Another program (another account's curl) gets nothing from the API.
  const call = await page.request.post(`${host.origin}/api/workspace.saveCopy`, { data: { path: '/tmp/stolen.channelwise' } });
  expect(call.status()).toBe(401);
  expect(await call.json()).toMatchObject({ ok: false, error: { code: 'HOST_KEY_REQUIRED' } });
});
