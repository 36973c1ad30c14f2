import { expect, test } from '@playwright/test'

import { demoAccount, signIn } from './support'

/**
 * The response cache in front of Next (lib/server/responseCache.ts) answers anonymous readers
 * of public pages; a signed-in reader is always rendered for, and what was rendered for them
 * never reaches anyone else.
 */
test('anonymous readers are answered from the response cache; a researcher never is, and never fills it', async ({ page, request }) => {
  await request.get('/en/testimonies')
  const again = await request.get('/en/testimonies')
  expect(again.status()).toBe(200)
  expect(again.headers()['x-archive-cache']).toBe('hit')

  const list = await (await request.get('/en/testimonies')).text()
  const paths = [...new Set([...list.matchAll(/href="(\/en\/testimonies\/T-[0-9A-Z]{8})"/g)].map((match) => match[1]))]
  expect(paths.length).toBeGreaterThan(0)

  await signIn(page, demoAccount('researcher'))
  let path = ''
  let recordText = ''
  for (const candidate of paths) {
    const response = await page.goto(candidate)
    expect(response?.headers()['x-archive-cache'], candidate).toBeUndefined()
    if ((await page.getByTestId('restricted-record').count()) > 0) {
      path = candidate
      recordText = (await page.getByTestId('restricted-record').innerText()).replace(/\s+/g, ' ')
      break
    }
  }
  expect(path, 'a demo testimony whose record the researcher may read').not.toBe('')
  // The researcher's own requests for a cacheable page are rendered for them every time.
  for (let i = 0; i < 2; i++) expect((await page.request.get(path)).headers()['x-archive-cache']).toBeUndefined()

  // Anonymous readers of the same page get the public page, from the cache the second time.
  const excerpt = recordText.slice(Math.floor(recordText.length / 2), Math.floor(recordText.length / 2) + 40)
  for (const expected of [undefined, 'hit']) {
    const anonymous = await request.get(path)
    const html = await anonymous.text()
    if (expected) expect(anonymous.headers()['x-archive-cache']).toBe(expected)
    expect(html).not.toContain('restricted-record')
    expect(html.replace(/\s+/g, ' ')).not.toContain(excerpt)
  }
})
