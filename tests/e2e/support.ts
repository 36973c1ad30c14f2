import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { generate } from 'otplib'
import fs from 'node:fs'
import path from 'node:path'

export type DemoAccount = { role: string; email: string; password: string; totpSecret?: string }

/** The demo accounts the start script made for the browser tests' own database. */
export const demoAccount = (role: string): DemoAccount => {
  const file = path.resolve(process.env.E2E_DATA_DIR ?? 'data/e2e', 'demo-accounts.json')
  const accounts = JSON.parse(fs.readFileSync(file, 'utf8')) as DemoAccount[]
  const account = accounts.find((entry) => entry.role === role)
  if (!account) throw new Error(`No demo account with role "${role}" in ${file}`)
  return account
}

export const screenshot = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join('test-results', 'screenshots', `${name}.png`), fullPage: true })
}

/**
 * A fresh authenticator code. Codes are single-use (replays are refused), so a test that signs
 * the same account in twice waits for the next 30-second step.
 */
const lastStep = new Map<string, number>()
export const totpCode = async (secret: string): Promise<string> => {
  let step = Math.floor(Date.now() / 30_000)
  if (lastStep.get(secret) === step) {
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - Date.now() + 200))
    step += 1
  }
  lastStep.set(secret, step)
  return generate({ secret })
}

/** Signs in through the site's one sign-in page, as every role does. */
export const signIn = async (page: Page, account: DemoAccount, callbackUrl?: string) => {
  await page.goto(`/en/login${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`)
  await page.getByLabel('Email address').fill(account.email)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  if (account.totpSecret) await page.getByLabel(/authenticator code/i).fill(await totpCode(account.totpSecret))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** Fails the test when the page asks any host but the archive itself for anything. */
export const watchForeignRequests = (page: Page, origin: string): string[] => {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) foreign.push(url)
  })
  return foreign
}

/**
 * Opens an admin edit view from a list by clicking `link` until `field` shows: a click that
 * lands while the admin panel is still hydrating is dropped without a navigation (seen in full
 * runs on a loaded machine).
 */
export const openEditView = async (link: Locator, field: Locator) => {
  await expect(async () => {
    if (!(await field.isVisible())) await link.click({ timeout: 5_000 })
    await expect(field).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 45_000 })
}
