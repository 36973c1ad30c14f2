import type { PopulateType } from 'payload'

/** What the site shows of a related document: enough for a name and a link, nothing more. */
export const sitePopulate: PopulateType = {
  restaurants: { name: true, slug: true, city: true, country: true, status: true, _status: true },
  sources: { kind: true, title: true, publisher: true, url: true, publishedAt: true, language: true, reliability: true, _status: true },
}
