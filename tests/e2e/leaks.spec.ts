import { randomBytes } from 'node:crypto'

import { expect, test, type APIRequestContext, type APIResponse, type Browser, type BrowserContext, type Page } from '@playwright/test'

import { demoAccount, screenshot, signIn } from './support'

/**
 * Nothing restricted reaches a public page. The editor plants a published testimony, with a
 * restricted record holding a unique marker in every restricted field, at a restaurant of its
 * own (so its count is 1); and a second testimony whose record is for custodians only. Then
 * the approved researcher must see the first record, and nobody else anything of either: not
 * in the page, its HTML, its RSC payload, the counts, the CSV or the sitemap.
 */

// Letters only: the publish guard refuses long digit runs (they look like phone or ID numbers).
const tag = [...randomBytes(8)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('')
const mark = (field: string) => `LEAK${field}${tag}`
const narratorCode = `N-${tag.slice(0, 7)}`

const markers = {
  transcript: mark('TRANSCRIPT'),
  narratorCode,
  homeProvince: mark('PROVINCE'),
  exactPlaces: mark('PLACES'),
  exactDates: mark('DATES'),
  neverPublish: mark('NEVERPUBLISH'),
}
const custodianMarkers = { transcript: mark('CUSTODIANTRANSCRIPT'), exactPlaces: mark('CUSTODIANPLACES') }
const ALL = [...Object.values(markers), ...Object.values(custodianMarkers)]

const paragraph = (text: string) => ({
  root: {
    type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
    children: [{
      type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0,
      children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
    }],
  },
})

type Planted = { code: string; id: string; recordId: string }
let editorContext: BrowserContext
let editor: Page
let probe: Planted
let custodian: Planted
const slug = `leak-probe-${tag.toLowerCase()}`

type Created = { id: string; code: string }

const created = async (response: APIResponse): Promise<Created> => {
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: Created }).doc
}

const plant = async (request: APIRequestContext, title: string, record: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Planted> => {
  const testimony = await created(
    await request.post('/api/testimonies?locale=en', {
      data: { title, summary: paragraph(`A public summary for ${title}.`), country: 'LA', yearFrom: 2017, _status: 'published', ...extra },
    }),
  )
  const saved = await created(await request.post('/api/testimony-records?locale=en', { data: { testimony: testimony.id, ...record } }))
  return { code: testimony.code, id: testimony.id, recordId: saved.id }
}

test.beforeAll(async ({ browser }) => {
  // A sign-in may wait for the next authenticator step (signInOnce).
  test.setTimeout(120_000)
  editorContext = await browser.newContext()
  editor = await editorContext.newPage()
  await signInOnce(editor, 'editor')
  const restaurant = await created(
    await editor.request.post('/api/restaurants?locale=en', {
      data: { name: `Leak probe restaurant ${tag}`, slug, country: 'LA', location: { latitude: 17.97, longitude: 102.6 }, status: 'unknown', _status: 'published' },
    }),
  )
  probe = await plant(
    editor.request,
    `Leak probe testimony ${tag}`,
    {
      transcript: paragraph(`The narrator said ${markers.transcript}.`),
      narrator: { code: markers.narratorCode, ageBracket: '25-29', roleAtRestaurant: 'cook', homeProvince: markers.homeProvince, yearsAbroad: 4 },
      exactPlaces: markers.exactPlaces,
      exactDates: markers.exactDates,
      sensitivity: 'researcher',
      consent: { scope: 'research-use' },
      neverPublish: [{ term: markers.neverPublish }],
      // The exact restaurant lives on the record; the testimony shows it at "restaurant" disclosure.
      restaurant: restaurant.id,
    },
    { disclosure: 'restaurant' },
  )
  custodian = await plant(editor.request, `Custodian probe testimony ${tag}`, {
    transcript: paragraph(`Custodians only: ${custodianMarkers.transcript}.`),
    exactPlaces: custodianMarkers.exactPlaces,
    sensitivity: 'custodian',
    consent: { scope: 'summary-only' },
  })
})
test.afterAll(async () => editorContext?.close())

/**
 * Authenticator codes are single-use. After a failed test Playwright starts a new worker, which
 * cannot know that the last one just used this 30-second step's code: one retry, in the next step.
 */
const signInOnce = async (page: Page, role: string) => {
  try {
    await signIn(page, demoAccount(role))
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 500))
    await signIn(page, demoAccount(role))
  }
}

const newPage = async (browser: Browser, role?: string): Promise<[BrowserContext, Page]> => {
  const context = await browser.newContext()
  const page = await context.newPage()
  if (role) await signIn(page, demoAccount(role))
  return [context, page]
}

const found = (text: string, list = ALL) => list.filter((marker) => text.includes(marker))

/** Every public page and file a reader could reach, with the two planted testimonies. */
const publicUrls = () => [
  '/en', '/ko', '/en/testimonies', '/ko/testimonies', `/en/testimonies/${probe.code}`, `/ko/testimonies/${probe.code}`,
  `/en/testimonies/${custodian.code}`, '/en/facts', '/en/restaurants', `/en/restaurants/${slug}`, '/ko/sources',
  '/en/about', `/en/search?q=${tag}`, '/en/facts/csv', '/ko/facts/csv', '/sitemap.xml', '/robots.txt',
]

test('the approved researcher reads the restricted record, under the notice that the read is recorded', async ({ browser }) => {
  const [context, page] = await newPage(browser, 'researcher')
  await page.goto(`/en/testimonies/${probe.code}`)
  const record = page.getByTestId('restricted-record')
  await expect(record).toBeVisible()
  await expect(record.getByRole('note')).toContainText('This read is recorded with your account')
  for (const marker of [markers.transcript, markers.narratorCode, markers.exactPlaces, markers.exactDates]) {
    await expect(record).toContainText(marker)
  }
  await expect(record).toContainText('Research use')
  await expect(record).toContainText('Cook')
  // Not shown even to the researcher: the page lists only what the brief names.
  await expect(record).not.toContainText(markers.homeProvince)
  await screenshot(page, 'leaks-researcher-record-en')

  await page.goto(`/ko/testimonies/${probe.code}`)
  await expect(page.getByTestId('restricted-record')).toContainText('이 열람은 계정과 함께 기록되며')

  // A custodian record stays closed to researchers.
  await page.goto(`/en/testimonies/${custodian.code}`)
  await expect(page.getByTestId('restricted-record')).toHaveCount(0)
  expect(found(await page.content())).toEqual([])

  // Researchers see exact counts; the probe's restaurant has one testimony naming it.
  await page.goto('/en/restaurants')
  await expect(page.locator('tr', { hasText: `Leak probe restaurant ${tag}` }).getByTestId('restaurant-testimony-count')).toHaveText('1')

  // The read is in the researcher's own list of reads.
  await page.goto('/en/account')
  await expect(page.locator('table')).toContainText(probe.code)
  await context.close()
})

test('staff read the custodian record too', async () => {
  await editor.goto(`/en/testimonies/${custodian.code}`)
  await expect(editor.getByTestId('restricted-record')).toContainText(custodianMarkers.exactPlaces)
})

test('anonymous readers get nothing of it: page, HTML, RSC payload, CSV, sitemap', async ({ page, request }) => {
  test.setTimeout(240_000)
  for (const url of publicUrls()) {
    const file = url.endsWith('.xml') || url.endsWith('.txt') || url.includes('/csv')
    const raw = await request.get(url)
    expect(raw.status(), url).toBe(200)
    expect(found(await raw.text()), `raw ${url}`).toEqual([])
    if (!file) {
      await page.goto(url)
      expect(found(await page.content()), `page ${url}`).toEqual([])
      const flight = await request.get(url, { headers: { RSC: '1' } })
      expect(flight.headers()['content-type'], url).toContain('text/x-component')
      expect(found(await flight.text()), `RSC ${url}`).toEqual([])
    }
  }
  // A search for a transcript's words finds nothing (the page repeats only the query itself).
  await page.goto(`/en/search?q=${markers.transcript}`)
  await expect(page.locator('main article')).toHaveCount(0)
  await page.goto(`/en/testimonies/${probe.code}`)
  await expect(page.getByTestId('restricted-record')).toHaveCount(0)
  await expect(page.locator('h1')).toHaveText(`Leak probe testimony ${tag}`)
  // Public counts stay coarse: one testimony reads as "fewer than 3".
  await page.goto('/en/restaurants')
  await expect(page.locator('tr', { hasText: `Leak probe restaurant ${tag}` }).getByTestId('restaurant-testimony-count')).toHaveText('fewer than 3')
  await page.goto('/ko/restaurants')
  await expect(page.locator('tr', { hasText: `Leak probe restaurant ${tag}` }).getByTestId('restaurant-testimony-count')).toHaveText('3 미만')
  // The sitemap has the public page, by its code only.
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`/en/testimonies/${probe.code}</loc>`)
})

test('a pending researcher reads exactly what the public reads', async ({ browser }) => {
  const [context, page] = await newPage(browser, 'researcher-pending')
  for (const url of [`/en/testimonies/${probe.code}`, `/en/testimonies/${custodian.code}`, '/en/restaurants']) {
    await page.goto(url)
    expect(found(await page.content()), url).toEqual([])
    const flight = await page.request.get(url, { headers: { RSC: '1' } })
    expect(found(await flight.text()), `RSC ${url}`).toEqual([])
  }
  await expect(page.locator('tr', { hasText: `Leak probe restaurant ${tag}` }).getByTestId('restaurant-testimony-count')).toHaveText('fewer than 3')
  await context.close()
})

test('withdrawing consent takes the testimony off every public page at once', async ({ page, request }) => {
  await page.goto(`/en/testimonies/${probe.code}`)
  await page.goto('/en')
  const withdrawn = await editor.request.patch(`/api/testimony-records/${probe.recordId}`, {
    data: { consent: { scope: 'research-use', withdrawn: true } },
  })
  expect(withdrawn.status(), await withdrawn.text()).toBe(200)
  expect((await page.goto(`/en/testimonies/${probe.code}`))?.status()).toBe(404)
  await page.goto('/en')
  expect(await page.content()).not.toContain(`Leak probe testimony ${tag}`)
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain(probe.code)
  await page.goto(`/en/restaurants/${slug}`)
  await expect(page.locator('.card')).toHaveCount(0)
})
