import { expect, test, type Page } from '@playwright/test'

import { demoAccount, signIn } from './support'

/**
 * Scripts run under a nonce-based Content-Security-Policy without 'unsafe-inline'
 * (lib/http/contentSecurityPolicy.ts, set per request in proxy.ts): the site and the admin
 * panel still start their scripts, and the browser reports no refused script.
 */
const watchViolations = (page: Page): string[] => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text().slice(0, 200))
  })
  return violations
}

// Next's client runtime sets `window.next` once its nonce'd bootstrap scripts have run.
const nextStarted = (page: Page) => page.waitForFunction(() => typeof (window as { next?: unknown }).next === 'object', null, { timeout: 20_000 })

test('the site starts its scripts under the nonce policy', async ({ page }) => {
  const violations = watchViolations(page)
  for (const path of ['/en', '/ko/facts', '/en/search?q=wages']) {
    await page.goto(path)
    await nextStarted(page)
  }
  expect(violations).toEqual([])
})

test('an inline script without the nonce does not run', async ({ page }) => {
  const violations = watchViolations(page)
  await page.goto('/en')
  await nextStarted(page)
  // Added as markup, the way an injected script would arrive.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.__injected = true">')
    const script = document.createElement('div')
    script.innerHTML = '<iframe srcdoc="<script>parent.__injected = true</script>"></iframe>'
    document.body.append(script)
  })
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected ?? false)).toBe(false)
  expect(violations.length).toBeGreaterThan(0)
})

test('the admin panel starts under its nonce policy', async ({ page }) => {
  const violations = watchViolations(page)
  await signIn(page, demoAccount('editor'), '/admin')
  await page.goto('/admin/collections/testimonies')
  await nextStarted(page)
  await expect(page.getByRole('heading', { name: /Testimonies/ }).first()).toBeVisible({ timeout: 20_000 })
  expect(violations).toEqual([])
})
