import type { TestimonyRecord, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'

/**
 * The restricted record of a testimony, for a reader Payload lets read it; never cached. The
 * read itself writes the `record.read` audit event (collections/TestimonyRecords afterRead).
 * Anyone else gets Forbidden from Payload, or nothing: both mean "no record here". Depth 0:
 * the page already has the testimony, and nothing else of the record is a relation it shows.
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
      // Attachments stay out: the page does not show them, and reading them as a researcher
      // runs into the media/records access loop reported in tests/int/access/records.test.ts.
      select: { attachments: false },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user,
    })
    return result.docs[0] ?? null
  } catch {
    return null
  }
}
