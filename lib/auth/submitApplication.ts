'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { truncateIp } from '@/lib/audit/truncateIp'
import { isLocale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { allowApplication } from './applicationRateLimit'
import { clientAddressFrom } from './clientAddress'
import { compareWithDummyHash } from './dummyPasswordCheck'
import { parseApplication } from './parseApplication'

/**
 * Creates a pending researcher account that gives no access until an admin approves it.
 * The answer is the same whether or not the address is known, and about as slow, so the
 * form cannot be used to find out who has an account.
 */
export const submitApplication = async (formData: FormData): Promise<void> => {
  const locale = String(formData.get('locale'))
  const base = `/${isLocale(locale) ? locale : 'en'}/apply`
  const requestHeaders = await headers()
  if (!allowApplication(truncateIp(clientAddressFrom(requestHeaders)))) redirect(`${base}?limited=1`)

  const { application, invalid } = parseApplication(formData)
  if (!application) redirect(`${base}?invalid=${invalid.join(',')}`)

  const payload = await getArchive()
  const known = await payload.count({
    collection: 'users',
    where: { email: { equals: application.email } },
    overrideAccess: true,
  })
  if (known.totalDocs > 0) {
    // The work a new account's password hash would have cost, so timing tells nothing.
    await compareWithDummyHash(application.password)
  } else {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: application.email,
        password: application.password,
        name: application.name,
        affiliation: application.affiliation,
        purpose: application.purpose,
        roles: ['researcher'],
        researcherStatus: 'pending',
        termsAcceptedAt: new Date().toISOString(),
      },
      // The vetting flow is the server creating a pending account, not a reader's write.
      overrideAccess: true,
    })
    await recordAuditEvent({ payload, headers: requestHeaders, user }, 'account.applied', { collection: 'users', id: user.id })
  }
  redirect(`${base}?sent=1`)
}
