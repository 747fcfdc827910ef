/** What the economics and currency specs share: a new workspace, calls to the contract, the main navigation. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export async function createWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Calls the contract the way the browser client does (with the host's key it keeps); fails the test on an error result. */
export async function call<T>(page: Page, method: string, input: object): Promise<T> {
  const result = (await page.evaluate(
    async ({ method, input }) =>
      fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('channelwise.hostKey') ?? ''}` }, body: JSON.stringify(input) }).then((r) => r.json()),
    { method, input },
  )) as { ok: boolean; value: T; error?: unknown };
  expect(result.error ?? null).toBeNull();
  return result.value;
}

export interface Ids {
  scenarios: { id: string; name: string }[];
  phases: { id: string; name: string }[];
  channels: { id: string; name: string }[];
}

export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
