import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { demoAccount, screenshot, signIn, watchForeignRequests } from './support'

test.describe('search', () => {
  test('Korean: 식당 finds the summary that says 식당에서, with the match marked', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL as string).origin)
    await page.goto('/ko/search')
    await page.getByLabel('증언, 사실, 식당, 출처 검색').fill('식당')
    await page.getByRole('button', { name: '검색' }).click()
    await expect(page).toHaveURL(/\/ko\/search\?q=%EC%8B%9D%EB%8B%B9/)
    const hit = page.locator('article.card', { hasText: '식당에서 하루 최대 16시간씩' })
    await expect(hit).toBeVisible()
    await expect(hit.locator('mark', { hasText: '식당' }).first()).toBeVisible()
    await expect(page.getByText('예시').first()).toBeVisible()
    await screenshot(page, 'search-ko')
    expect(foreign).toEqual([])
  })

  test('English, with a facet: the filter is a link, marked current, and works without JavaScript', async ({ browser, page: withScript }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/search')
    await page.getByLabel('Search testimonies, facts, restaurants and sources').fill('hours')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page.getByRole('heading', { name: /results? for “hours”/ })).toBeVisible()
    await expect(page.locator('mark', { hasText: /hours/i }).first()).toBeVisible()

    // Fewer than 3 demo testimonies say "hours", so that value is not listed (docs/counts.md);
    // the facts are.
    const types = page.getByRole('group', { name: 'Type' })
    await expect(types.getByRole('link', { name: /Testimonies/ })).toHaveCount(0)
    await types.getByRole('link', { name: /Facts/ }).click()
    await expect(page).toHaveURL(/type=facts/)
    await expect(page.getByRole('group', { name: 'Type' }).locator('a[aria-current="true"]')).toContainText('Facts')
    const kinds = await page.locator('ol article.card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-hit-type')))
    expect(kinds.length).toBeGreaterThan(0)
    expect(new Set(kinds)).toEqual(new Set(['facts']))
    await screenshot(page, 'search-en')
    const url = page.url()
    await context.close()

    // axe runs as a script in the page, so the same address is checked with JavaScript on.
    await withScript.goto(url)
    const results = await new AxeBuilder({ page: withScript }).withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
  })

  test('the testimonies list has the same box and facets', async ({ page }) => {
    // The seed has one testimony from Cambodia: the public list leaves the value out (lib/counts),
    // and the value chosen through the address reads "fewer than 3".
    await page.goto('/en/testimonies')
    await expect(page.getByRole('group', { name: 'Country' }).getByRole('link', { name: /Cambodia/ })).toHaveCount(0)
    await expect(page.getByText('Values with fewer than 3 are not listed.')).toBeVisible()
    await page.goto('/en/testimonies?country=KH')
    await expect(page.getByRole('group', { name: 'Country' }).getByRole('link', { name: /Cambodia/ })).toContainText('fewer than 3')
    await expect(page.locator('.card').first()).toContainText('Cambodia')
    await screenshot(page, 'testimonies-facet-en')
    await page.goto('/ko/testimonies?q=%EC%88%99%EC%86%8C')
    await expect(page.locator('.card mark').first()).toHaveText('숙소')
    await screenshot(page, 'testimonies-search-ko')
  })

  test('a transcript-only word: found for the approved researcher, by title only; not for the public', async ({ page, browser }) => {
    await page.goto('/en/search?q=lunch')
    await expect(page.getByRole('heading', { name: 'fewer than 3 results for “lunch”' })).toBeVisible()

    const context = await browser.newContext()
    const researcher = await context.newPage()
    await signIn(researcher, demoAccount('researcher'))
    await researcher.goto('/en/search?q=lunch')
    const hit = researcher.locator('article.card').first()
    await expect(hit).toContainText('Matched in the restricted transcript')
    await expect(hit).not.toContainText('lunch')
    await screenshot(researcher, 'search-researcher-en')
    await context.close()

    const pending = await browser.newContext()
    const pendingPage = await pending.newPage()
    await signIn(pendingPage, demoAccount('researcher-pending'))
    await pendingPage.goto('/en/search?q=lunch')
    await expect(pendingPage.getByRole('heading', { name: 'fewer than 3 results for “lunch”' })).toBeVisible()
    await pending.close()
  })
})
