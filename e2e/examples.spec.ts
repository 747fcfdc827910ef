import { expect, test } from './fixtures';

test('a new workspace offers example customer types: added and taken back in one step, marked until renamed, deleted together', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByText('start from three examples on the Framework page')).toBeVisible();
  await page.getByRole('textbox', { name: 'File name' }).fill('Examples');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  const section = page.getByRole('region', { name: /Customer types/ });
  const names = section.getByRole('textbox', { name: /^Name of customer type / });
  await expect(section.getByText('No customer types yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Add example customer types' }).click();
  await expect(names).toHaveCount(3);
  await expect(section.getByRole('textbox', { name: 'Name of customer type Busy professional' })).toBeVisible();
  await expect(section.getByRole('list', { name: 'Attributes of Busy professional' })).toContainText('Example');
  await expect(section.getByRole('list', { name: 'Attributes of Busy professional' })).toContainText('40% of customers');
  await expect(section.getByRole('button', { name: 'Add example customer types' })).toHaveCount(0);

  // One undo step takes all three back, and brings the offer back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(names).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Add example customer types' })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(names).toHaveCount(3);

  // A renamed example is the user's own: it loses the mark and survives deleting the examples.
  const advice = section.getByRole('textbox', { name: 'Name of customer type Advice seeker' });
  await advice.fill('Branch regular');
  await advice.press('Enter');
  await expect(section.getByRole('list', { name: 'Attributes of Branch regular' })).not.toContainText('Example');
  await section.getByRole('button', { name: 'Delete 2 examples' }).click();
  await expect(names).toHaveCount(1);
  await expect(section.getByRole('textbox', { name: 'Name of customer type Branch regular' })).toBeVisible();
  await expect(section.getByRole('button', { name: /examples?$/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const changes = page.getByRole('list', { name: 'Changes, newest first' });
  await expect(changes.getByRole('listitem').first()).toContainText('Delete 2 example customer types');
});
