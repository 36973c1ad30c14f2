import { expect, test, type Page } from '@playwright/test'

import { demoAccount, openEditView, screenshot, signIn, type DemoAccount } from './support'

const applicant: DemoAccount = {
  role: 'applicant',
  email: `applicant-${Date.now()}@example.org`,
  password: 'A-long-applicant-password-42',
}

/** The published illustrative (demo) testimonies, whichever other tests added more. */
const demoTestimonyPaths = async (page: Page): Promise<string[]> => {
  await page.goto('/en/testimonies')
  const cards = page.locator('.card').filter({ has: page.locator('.badge-illustrative') })
  const hrefs = await cards.locator('h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  expect(hrefs.length).toBeGreaterThan(1)
  return hrefs
}

test.describe.serial('researcher vetting, from application to an audited read', () => {
  test('apply, then see "pending" on the account page', async ({ page }) => {
    await page.goto('/en/apply')
    await page.getByLabel('Name').fill('Applicant for the tests')
    await page.getByLabel('Email address').fill(applicant.email)
    await page.getByLabel(/choose a password/i).fill(applicant.password)
    await page.getByLabel(/affiliation/i).fill('University of Testing')
    await page.getByLabel(/purpose/i).fill('Comparing working hours across restaurants for a thesis chapter.')
    await page.getByLabel(/I accept these terms/i).check()
    await screenshot(page, 'accounts-01-apply')
    await page.getByRole('button', { name: 'Send application' }).click()
    await expect(page.getByRole('status')).toContainText('Thank you')
    await screenshot(page, 'accounts-02-applied')

    // The same answer for an address that is already known: no account enumeration.
    await page.goto('/en/apply')
    await page.getByLabel('Name').fill('Someone else')
    await page.getByLabel('Email address').fill(demoAccount('editor').email)
    await page.getByLabel(/choose a password/i).fill('Another-long-password-1')
    await page.getByLabel(/affiliation/i).fill('Nowhere')
    await page.getByLabel(/purpose/i).fill('Trying to find out whether this address has an account.')
    await page.getByLabel(/I accept these terms/i).check()
    await page.getByRole('button', { name: 'Send application' }).click()
    await expect(page.getByRole('status')).toContainText('Thank you')

    await signIn(page, applicant)
    await page.goto('/en/account')
    await expect(page.getByTestId('research-status')).toContainText('Pending')
    await screenshot(page, 'accounts-03-pending')
  })

  test('a pending researcher is refused the restricted part of a testimony', async ({ page }) => {
    await signIn(page, applicant)
    for (const path of await demoTestimonyPaths(page)) {
      await page.goto(path)
      await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible()
      await expect(page.getByTestId('restricted-record')).toHaveCount(0)
    }
    await screenshot(page, 'accounts-04-refused-restricted')
  })

  test('an admin approves the application in the admin panel', async ({ page }) => {
    await signIn(page, demoAccount('admin'), '/admin')
    await page.goto(`/admin/collections/users?where[email][equals]=${encodeURIComponent(applicant.email)}`)
    await openEditView(page.getByRole('link', { name: applicant.email }), page.locator('#field-researcherStatus'))
    await screenshot(page, 'accounts-05-admin-application')
    await page.locator('#field-researcherStatus').click()
    await page.getByRole('option', { name: 'approved' }).click()
    await page.getByRole('button', { name: /^save$/i }).click()
    await expect(page.getByText(/updated successfully/i).first()).toBeVisible()
    await screenshot(page, 'accounts-06-admin-approved')
  })

  test('the approved researcher reads the record and sees the read on their account', async ({ page }) => {
    await signIn(page, applicant)
    // The demo has custodian-only records too: read the first record this researcher may see.
    let code = ''
    for (const path of await demoTestimonyPaths(page)) {
      await page.goto(path)
      await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible()
      if ((await page.getByTestId('restricted-record').count()) > 0) {
        code = path.split('/').pop() as string
        break
      }
    }
    expect(code).toMatch(/^T-/)
    const restricted = page.getByTestId('restricted-record')
    await expect(restricted).toBeVisible()
    await expect(restricted).toContainText(/recorded/i)
    await screenshot(page, 'accounts-07-restricted-record')

    await page.goto('/en/account')
    await expect(page.getByTestId('research-status')).toContainText('Approved')
    await expect(page.locator('table')).toContainText(code)
    await screenshot(page, 'accounts-08-own-reads')
  })

  test("the admin sees that read in the audit trail", async ({ page }) => {
    await signIn(page, demoAccount('admin'), '/admin')
    await page.goto('/admin/collections/audit-events?where[action][equals]=record.read')
    await expect(page.locator('table tbody tr').first()).toBeVisible()
    await expect(page.locator('table')).toContainText('record.read')
    await screenshot(page, 'accounts-09-audit-trail')
  })
})

test('signing out ends the session', async ({ page }) => {
  await signIn(page, demoAccount('researcher'))
  await page.goto('/en/logout')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.goto('/en/account')
  await expect(page.getByRole('link', { name: /sign in to see your account/i })).toBeVisible()
})

test('sign-in answers wrong details without saying which were wrong', async ({ page }) => {
  await page.goto('/en/login')
  await page.getByLabel('Email address').fill('nobody@example.org')
  await page.getByLabel('Password', { exact: true }).fill('wrong-password-here')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.locator('.notice-error')).toContainText('did not match')
  await screenshot(page, 'accounts-10-signin-failed')
})
