import type { PublicChange } from './publicChange'

/**
 * Cache tags of the public reads. Every read is tagged with each collection it reads, so a
 * change anywhere in a collection reaches every page that shows it; the per-document tags
 * name the pages of one testimony or restaurant.
 */
export const cacheTags = {
  all: 'public',
  collection: (slug: string) => `collection:${slug}`,
  doc: (slug: string, id: string | number) => `doc:${slug}:${id}`,
  testimony: (code: string) => `testimony:${code}`,
  restaurant: (slug: string) => `restaurant:${slug}`,
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)
const idOf = (value: unknown): string | null => {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/** The tags a change makes stale: its collection, the document, and the pages named after it. */
export const tagsForChange = (change: PublicChange): string[] => {
  const tags = new Set<string>([cacheTags.collection(change.collection), cacheTags.doc(change.collection, change.id)])
  for (const doc of [change.doc, change.previousDoc]) {
    if (!doc) continue
    if (change.collection === 'testimonies') {
      const code = text(doc.code)
      if (code) tags.add(cacheTags.testimony(code))
    }
    if (change.collection === 'restaurants') {
      const slug = text(doc.slug)
      if (slug) tags.add(cacheTags.restaurant(slug))
    }
    if (change.collection === 'testimony-records') {
      // A record is never cached, but withdrawing consent takes its testimony off the site.
      tags.add(cacheTags.collection('testimonies'))
      const testimony = idOf(doc.testimony)
      if (testimony) tags.add(cacheTags.doc('testimonies', testimony))
    }
  }
  return [...tags]
}
