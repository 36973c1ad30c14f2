import type { TestimonyRecord, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'

/**
 * The restricted record of a testimony, for a reader Payload lets read it; never cached. The
 * read itself writes the `record.read` audit event (collections/TestimonyRecords afterRead).
 * Anyone else gets Forbidden from Payload, or nothing: both mean "no record here".
 */
export const readTestimonyRecord = async (user: User | null, testimonyId: string, locale: Locale): Promise<TestimonyRecord | null> => {
  if (!user) return null
  try {
    const payload = await getArchive()
    const result = await payload.find({
      collection: 'testimony-records',
      where: { testimony: { equals: testimonyId } },
      locale,
      fallbackLocale: locale === 'en' ? 'ko' : 'en',
      depth: 1,
      limit: 1,
      overrideAccess: false,
      user,
    })
    return result.docs[0] ?? null
  } catch {
    return null
  }
}
