import { COLLECTIONS, DECADES, STATUSES, TOPIC_LIST } from '../engine/codes'
import type { FacetSelection } from '../types'

const first = (value: unknown): string | undefined => (Array.isArray(value) ? first(value[0]) : typeof value === 'string' ? value : undefined)

/**
 * Facet values from the URL, each checked against what exists: anything else is dropped, so a
 * crafted URL can neither match on an unknown value nor be echoed into a page.
 */
export const parseFacets = (params: Record<string, unknown>): FacetSelection => {
  const selection: FacetSelection = {}
  const type = first(params.type)
  if (type && (COLLECTIONS as string[]).includes(type)) selection.type = type
  const country = first(params.country)
  if (country && /^[A-Z]{2}$/.test(country)) selection.country = country
  const topic = first(params.topic)
  if (topic && TOPIC_LIST.includes(topic)) selection.topic = topic
  const period = first(params.period)
  if (period && DECADES.some((decade) => `${decade}s` === period)) selection.period = period
  const status = first(params.status)
  if (status && (STATUSES as readonly string[]).includes(status)) selection.status = status
  return selection
}
