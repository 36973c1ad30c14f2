import { expect, test } from '@playwright/test'

import { demoAccount, openEditView, screenshot, signIn, watchForeignRequests } from './support'

test.describe('public site', () => {
  test('the root sends readers to their language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/ko$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await context.close()
  })

  for (const locale of ['en', 'ko'] as const) {
    test(`home page in ${locale} shows published facts with sources and testimonies`, async ({ page, baseURL }) => {
      const foreign = watchForeignRequests(page, new URL(baseURL as string).origin)
      await page.goto(`/${locale}`)
      await expect(page.locator('h1')).toBeVisible()
      const facts = page.locator('.fact')
      await expect(facts.first()).toBeVisible()
      expect(await facts.count()).toBeGreaterThan(3)
      await expect(facts.first().locator('.source-list li').first()).toBeVisible()
      await expect(page.locator('.card').first()).toBeVisible()
      await expect(page.getByText(locale === 'en' ? 'Illustrative' : '예시').first()).toBeVisible()
      await screenshot(page, `home-${locale}`)
      expect(foreign).toEqual([])
    })
  }

  test('a published testimony opens by its code, a draft answers 404', async ({ page, browser }) => {
    await page.goto('/en/testimonies')
    const first = page.locator('.card h3 a').first()
    const href = await first.getAttribute('href')
    expect(href).toMatch(/^\/en\/testimonies\/T-[0-9A-Z]{8}$/)
    await first.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(page.locator('.notice-illustrative')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible()
    await screenshot(page, 'testimony-en')
    await page.goto(href!.replace('/en/', '/ko/'))
    await expect(page.getByRole('heading', { name: '요약' })).toBeVisible()
    await screenshot(page, 'testimony-ko')

    // The draft's code, found as the editor in a separate browser context.
    const editorContext = await browser.newContext()
    const editorPage = await editorContext.newPage()
    await signIn(editorPage, demoAccount('editor'))
    const drafts = await editorPage.request.get('/api/testimonies?where[_status][equals]=draft&depth=0')
    const draft = (await drafts.json()).docs[0]
    await editorContext.close()
    expect(draft?.code).toMatch(/^T-/)
    const response = await page.goto(`/en/testimonies/${draft.code}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByText('There is no published page at this address.')).toBeVisible()
    await screenshot(page, 'testimony-draft-404')
  })
})

test.describe('admin panel', () => {
  test('the editor signs in with a second factor and edits a testimony', async ({ page }) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/en\/login/)
    await signIn(page, demoAccount('editor'), '/admin')
    await expect(page).toHaveURL(/\/admin$/)
    await screenshot(page, 'admin-dashboard-editor')

    await page.goto('/admin/collections/testimonies')
    const title = page.locator('#field-title')
    await openEditView(page.locator('table tbody tr td a').first(), title)
    const edited = `${await title.inputValue()} (edited)`
    await title.fill(edited)
    await page.getByRole('button', { name: /publish changes/i }).click()
    await expect(page.getByText(/updated successfully|published successfully/i).first()).toBeVisible()
    await screenshot(page, 'admin-testimony-edited')
  })

  test('a researcher account is refused at /admin', async ({ page }) => {
    await signIn(page, demoAccount('researcher'))
    await page.goto('/admin')
    await expect(page.getByText(/unauthorized|not allowed/i).first()).toBeVisible()
    await expect(page.locator('nav a[href="/admin/collections/testimony-records"]')).toHaveCount(0)
    await screenshot(page, 'admin-refused-researcher')
  })
})
