import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { screenshot } from './support'

/**
 * Every public page in both languages: no serious or critical axe violation (WCAG 2.0/2.1 A
 * and AA), usable with the keyboard, and readable with JavaScript switched off.
 */

const LOCALES = ['en', 'ko'] as const

const publicPaths = async (request: APIRequestContext): Promise<string[]> => {
  const testimonies = await (await request.get('/api/testimonies?depth=0&limit=1&sort=createdAt')).json()
  const restaurants = await (await request.get('/api/restaurants?depth=0&limit=1&sort=slug')).json()
  return [
    '',
    '/testimonies',
    `/testimonies/${testimonies.docs[0].code}`,
    '/facts',
    '/facts?country=CN&period=2015-2019',
    '/restaurants',
    `/restaurants/${restaurants.docs[0].slug}`,
    '/sources',
    '/search',
    '/search?q=wages',
    '/about',
    '/login',
    '/apply',
  ]
}

test.describe('accessibility', () => {
  for (const locale of LOCALES) {
    test(`no serious or critical axe violations on any public page in ${locale}`, async ({ page }) => {
      // Thirteen pages, each analysed by axe: minutes on a busy two-core machine.
      test.setTimeout(300_000)
      const problems: string[] = []
      for (const path of await publicPaths(page.request)) {
        await page.goto(`/${locale}${path}`)
        // Open the tables behind the charts, so they are checked too.
        for (const summary of await page.locator('details > summary').all()) await summary.click()
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        for (const violation of results.violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            problems.push(`${path}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
          }
        }
      }
      expect(problems).toEqual([])
    })
  }

  test('the keyboard reaches the skip link first, then the main navigation', async ({ page }) => {
    await page.goto('/en/facts')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
    // From the top again: every link of the main navigation is a tab stop, in order.
    await page.goto('/en/facts')
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link')
    const names = await nav.allTextContents()
    const reached: string[] = []
    for (let step = 0; step < 20 && reached.length < names.length; step++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement
        return element?.closest('nav[aria-label="Main"]') ? element.textContent : null
      })
      if (focused) reached.push(focused)
    }
    expect(reached).toEqual(names)
    // The facet form is reachable and submits from the keyboard.
    await page.getByLabel('Country', { exact: true }).focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Show facts' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/en\/facts\?country=[A-Z]{2}$/)
  })

  test('without JavaScript every page shows its content, and the forms work', async ({ browser, request }) => {
    test.setTimeout(240_000)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    for (const locale of LOCALES) {
      for (const path of await publicPaths(request)) {
        const response = await page.goto(`/${locale}${path}`)
        expect(response?.status(), path).toBe(200)
        await expect(page.locator('main h1').first()).toBeVisible()
        const text = (await page.locator('main').innerText()).trim()
        expect(text.length, path).toBeGreaterThan(50)
      }
    }
    // The facets are a plain form.
    await page.goto('/en/facts')
    await page.getByLabel('Kind of fact', { exact: true }).selectOption('working-hours-per-day')
    await page.getByRole('button', { name: 'Show facts' }).click()
    await expect(page).toHaveURL(/kind=working-hours-per-day/)
    await expect(page.locator('.fact-table tbody tr')).toHaveCount(1)
    // The numbers behind a chart open without a script.
    const numbers = page.locator('figure.chart details').first()
    await numbers.locator('summary').click()
    await expect(numbers.locator('table')).toBeVisible()
    // Citations are text; the copy button, which needs a script, is not offered.
    await page.goto('/en/sources')
    await expect(page.locator('pre code').first()).not.toBeEmpty()
    await expect(page.getByRole('button', { name: 'Copy citation' })).toHaveCount(0)
    // The sign-in form is there to use.
    await page.goto('/ko/login')
    await expect(page.getByLabel('이메일 주소')).toBeVisible()
    await screenshot(page, 'site-no-js-login-ko')
    await context.close()
  })
})
