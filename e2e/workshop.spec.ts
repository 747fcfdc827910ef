import type { Browser, Page } from '@playwright/test';
import { slideLayoutProblems } from './board';
import { expect, test } from './fixtures';

async function openWorkshop(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Workshop', level: 1 })).toBeVisible();
}

async function joinAs(browser: Browser, shareUrl: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(shareUrl);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`You take part as ${name}.`)).toBeVisible();
  return page;
}

test('share a workshop, two participants vote, the facilitator reveals the totals', async ({ page, host, browser, request }) => {
  await openWorkshop(page, host.url, 'Workshop vote');
  await expect(page.getByText('Sharing is off.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Start sharing' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the workshop address' })).toBeVisible();
  const shareUrl = (await page.getByText(/^http:\/\/.+\/w\/[\w-]+\/$/).textContent())!.trim();
  const { origin, pathname } = new URL(shareUrl);
  const token = pathname.split('/')[2]!;

  // Nothing answers without the token, or with a wrong one.
  // The short address only asks for the workshop code; nothing of the workspace answers there.
  expect((await request.get(`${origin}/`)).status()).toBe(200);
  expect((await request.get(`${origin}/api/state`)).status()).toBe(401);
  expect((await request.post(`${origin}/api/workspace.current`, { data: {} })).status()).toBe(401);
  expect((await request.get(`${origin}/w/${token.slice(1)}x/`)).status()).toBe(401);
  expect((await request.post(`${origin}/w/wrong-token/api/join`, { data: { displayName: 'Eve' } })).status()).toBe(401);
  // The facilitator's own app is not served on the share address either.
  expect((await request.get(`${shareUrl}index.html`)).status()).toBe(404);

  // A vote on two cells with three dots each.
  await page.getByRole('group', { name: 'Phases' }).getByRole('checkbox', { name: 'Attract' }).check();
  const channels = page.getByRole('group', { name: 'Channels' });
  await channels.getByRole('checkbox', { name: 'Store' }).check();
  await channels.getByRole('checkbox', { name: 'Website' }).check();
  await expect(page.getByText('The vote will have 2 cells.')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Dots per participant' }).fill('3');
  await page.getByRole('button', { name: 'Open vote' }).click();
  await expect(page.getByText('Open: participants are placing dots.')).toBeVisible();

  const ann = await joinAs(browser, shareUrl, 'Ann');
  const bob = await joinAs(browser, shareUrl, 'Bob');
  await expect(page.getByText('2 participants have joined; 0 placed dots.')).toBeVisible();

  await expect(ann.getByRole('heading', { name: 'Vote: Which cells matter most?' })).toBeVisible();
  await ann.getByRole('button', { name: 'Place a dot on Attract × Store' }).click();
  await expect(ann.getByText('2 dots left')).toBeVisible();
  await ann.getByRole('button', { name: 'Place a dot on Attract × Store' }).click();
  await expect(ann.getByText('1 dot left')).toBeVisible();
  await ann.getByRole('button', { name: 'Remove a dot from Attract × Store' }).click();
  await ann.getByRole('button', { name: 'Place a dot on Attract × Website' }).click();
  await expect(ann.getByText('1 dot left')).toBeVisible();
  await bob.getByRole('button', { name: 'Place a dot on Attract × Store' }).click();
  await bob.getByRole('button', { name: 'Place a dot on Attract × Store' }).click();
  await bob.getByRole('button', { name: 'Place a dot on Attract × Store' }).click();
  await expect(bob.getByText('0 dots left')).toBeVisible();
  await expect(bob.getByRole('button', { name: 'Place a dot on Attract × Website' })).toBeDisabled();

  // A participant cannot reach the workspace: every other method is refused.
  const tries = await ann.evaluate(async () => {
    const statuses: number[] = [];
    for (const path of ['api/matrix.setCells', 'api/workspace.current', 'api/votes.reveal', '../../api/matrix.setCells']) {
      const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      statuses.push(res.status);
    }
    return statuses;
  });
  expect(tries).toEqual([403, 403, 403, 401]);

  // Totals stay hidden until the facilitator reveals them.
  await expect(ann.getByText(/total:/)).toHaveCount(0);
  await expect(page.getByText('2 participants have joined; 2 placed dots.')).toBeVisible();
  await page.getByRole('button', { name: 'Show names' }).click();
  await expect(page.getByText('Ann placed 2 dots')).toBeVisible();
  await expect(page.getByText('Bob placed 3 dots')).toBeVisible();
  await expect(page.getByText('2 of 2 participants voted, 5 dots placed.')).toBeVisible();
  await page.getByRole('button', { name: 'Reveal totals' }).click();
  const results = page.getByRole('table', { name: 'Results' });
  await expect(results.getByRole('row', { name: 'Attract × Store 4 2' })).toBeVisible();
  await expect(results.getByRole('row', { name: 'Attract × Website 1 1' })).toBeVisible();
  for (const participant of [ann, bob]) {
    await expect(participant.getByText('The totals are revealed.')).toBeVisible();
    await expect(participant.getByText('total: 4')).toBeVisible();
    await expect(participant.getByText('total: 1')).toBeVisible();
  }

  // The matrix as the shared slide, and a shared timer.
  await page.getByRole('button', { name: 'Share this matrix' }).click();
  await expect(ann.getByRole('heading', { name: 'As-is · All customers' })).toBeVisible();
  await expect(ann.getByRole('table').getByRole('columnheader', { name: 'Website' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Minutes' }).fill('5');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(bob.getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  await page.getByRole('button', { name: 'Pause timer' }).click();
  await expect(bob.getByText('Timer paused')).toBeVisible();

  // Stopping kills the token: the address is gone.
  await page.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(page.getByRole('button', { name: 'Start sharing' })).toBeVisible();
  const after = await request.get(shareUrl).then((r) => r.status(), () => 'closed');
  expect(['closed', 401]).toContain(after);
  // The revealed totals stay on the facilitator's page after sharing stops.
  const past = page.getByRole('region', { name: 'Revealed votes' });
  await expect(past.getByRole('table', { name: 'Results' }).getByRole('row', { name: 'Attract × Store 4 2' })).toBeVisible();

  // Every dot is journaled, but the history shows the room's votes as one line each run.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('list', { name: 'Changes, newest first' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Votes in “Which cells matter most?”: 7 changes' })).toHaveCount(1);
  await expect(history.getByRole('listitem').filter({ hasText: '2 participants joined the workshop' })).toHaveCount(1);
  await expect(history.getByRole('listitem').filter({ hasText: 'voted in' })).toHaveCount(0);
  await ann.context().close();
  await bob.context().close();
});

test('a vote on the findings of a scenario, and its results slide in the presentation', async ({ page, host, browser }) => {
  await openWorkshop(page, host.url, 'Workshop findings vote');
  await page.getByRole('button', { name: 'Start sharing' }).click();
  const shareUrl = (await page.getByText(/^http:\/\/.+\/w\/[\w-]+\/$/).textContent())!.trim();

  await page.getByRole('combobox', { name: 'Vote on' }).selectOption({ label: 'Findings' });
  await expect(page.getByRole('textbox', { name: 'Question' })).toHaveValue('Which findings matter most?');
  await expect(page.getByRole('status').filter({ hasText: /The vote will have \d+ findings?\./ })).toBeVisible();
  const first = (await page.locator('.workshop-vote__items li').first().textContent())!.trim();
  await page.getByRole('spinbutton', { name: 'Dots per participant' }).fill('2');
  await page.getByRole('button', { name: 'Open vote' }).click();
  await expect(page.getByText('Open: participants are placing dots.')).toBeVisible();

  const ann = await joinAs(browser, shareUrl, 'Ann');
  await expect(ann.getByRole('heading', { name: 'Vote: Which findings matter most?' })).toBeVisible();
  await ann.getByRole('button', { name: `Place a dot on ${first}`, exact: true }).click();
  await expect(ann.getByText('1 dot left')).toBeVisible();
  await page.getByRole('button', { name: 'Show names' }).click();
  await expect(page.getByText('Ann placed 1 dot')).toBeVisible();
  await page.getByRole('button', { name: 'Reveal totals' }).click();
  await expect(page.getByRole('table', { name: 'Results' }).getByRole('row').filter({ hasText: first })).toContainText('1');
  await expect(ann.getByText('The totals are revealed.')).toBeVisible();

  // A revealed vote has its own slide in the deck; presenting it shows the totals, in the room too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Present' }).click();
  const row = page.getByRole('list', { name: 'Slides' }).getByRole('listitem', { name: 'Vote: Which findings matter most?' });
  await expect(row).toContainText('Vote results');
  // The deck can still be edited once a vote is revealed (schema 4 refused the results slide's kind).
  const notes = row.getByRole('textbox', { name: 'Speaker notes for Vote: Which findings matter most?' });
  await notes.fill('Ask who placed the first dot');
  await notes.press('Tab');
  await page.getByRole('button', { name: 'Hide Summary' }).click();
  await expect(page.getByRole('button', { name: 'Show Summary' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(notes).toHaveValue('Ask who placed the first dot');
  await row.getByRole('button', { name: 'Start from here' }).click();
  const show = page.getByRole('region', { name: 'Presentation' });
  await expect(show.getByRole('heading', { name: 'Vote: Which findings matter most?' })).toBeVisible();
  await expect(show.getByText('1 participant voted.')).toBeVisible();
  const ranked = show.getByRole('list', { name: 'Items by dots, most first' }).getByRole('listitem');
  await expect(ranked).toHaveCount(1);
  await expect(ranked.first()).toContainText(first);
  await expect(ranked.first()).toContainText('1 dot');
  const onScreen = ann.getByRole('region', { name: 'Shared slide' });
  await expect(onScreen.getByRole('heading', { name: 'Vote: Which findings matter most?' })).toBeVisible();
  await expect(onScreen.getByRole('listitem').filter({ hasText: first })).toContainText('1 dot');
  // The ranking shows once: the vote card steps aside while its own results are the shared slide.
  await expect(ann.getByText('The totals are revealed.')).toHaveCount(0);
  await expect(ann.getByRole('heading', { name: 'Vote: Which findings matter most?' })).toHaveCount(1);
  await ann.context().close();
});

test('the room joins by the short address and code, or full screen by the QR code; a long name is said to be too long', async ({ page, host, browser }) => {
  await openWorkshop(page, host.url, 'Joining');
  await page.getByRole('button', { name: 'Start sharing' }).click();
  const address = (await page.locator('.workshop-share__join dd').first().textContent())!.trim();
  const code = (await page.locator('.workshop-share__code').textContent())!.replace(/\s/g, '');
  expect(address).toMatch(/^[\w.-]+:\d+$/);
  expect(code).toMatch(/^[A-Z0-9]{6}$/);

  // The join screen: the join slide over the whole window, fitted, with the same address and code.
  await page.getByRole('button', { name: 'Show join screen' }).click();
  const screen = page.getByRole('region', { name: 'Join screen' });
  await expect(screen.getByRole('img', { name: 'QR code of the workshop address' })).toBeVisible();
  await expect(screen.getByText(address, { exact: true })).toBeVisible();
  await expect(screen.getByLabel(`Workshop code: ${code.split('').join(' ')}`)).toBeVisible();
  await expect.poll(() => slideLayoutProblems(page, '.workshop-join-screen')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(screen).toHaveCount(0);

  // A phone types the short address, then the code (a wrong one first).
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' })).newPage();
  await phone.goto(`http://${address}/`);
  const codeField = phone.getByRole('textbox', { name: 'Workshop code' });
  await codeField.fill('AAA AAA');
  await phone.getByRole('button', { name: 'Next' }).click();
  await expect(phone.getByRole('alert')).toHaveText('That is not the workshop code. Check it on the screen and try again.');
  await codeField.fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
  await phone.getByRole('button', { name: 'Next' }).click();
  const name = phone.getByRole('textbox', { name: 'Your name' });
  await expect(name).toBeVisible();
  // A name over 40 characters is not cut without a word.
  await name.fill('Annemarie van den Berg-Oosterhuis de Groot');
  await expect(phone.getByRole('alert')).toHaveText('A name can have at most 40 characters; this one has 42. Please shorten it.');
  await expect(phone.getByRole('button', { name: 'Join' })).toBeDisabled();
  await name.fill('Annemarie');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByText('You take part as Annemarie.')).toBeVisible();
  await expect(page.getByText('1 participant has joined; 0 placed dots.')).toBeVisible();
  await phone.context().close();
});
