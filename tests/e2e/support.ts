import type { APIRequestContext, Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'

export type DemoAccount = { role: string; email: string; password: string }

/** The demo accounts the start script made for the browser tests' own database. */
export const demoAccount = (role: string): DemoAccount => {
  const file = path.resolve('data/e2e/demo-accounts.json')
  const accounts = JSON.parse(fs.readFileSync(file, 'utf8')) as DemoAccount[]
  const account = accounts.find((entry) => entry.role === role)
  if (!account) throw new Error(`No demo account with role "${role}" in ${file}`)
  return account
}

export const screenshot = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join('test-results', 'screenshots', `${name}.png`), fullPage: true })
}

/** A REST token for setting up a test, never for the behaviour under test. */
export const apiToken = async (request: APIRequestContext, account: DemoAccount): Promise<string> => {
  const response = await request.post('/api/users/login', { data: { email: account.email, password: account.password } })
  if (!response.ok()) throw new Error(`API login failed for ${account.email}: ${response.status()}`)
  return (await response.json()).token as string
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
