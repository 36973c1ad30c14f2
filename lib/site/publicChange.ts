import type { PayloadRequest } from 'payload'

/** A change to something the public or a researcher may see, as the hooks report it. */
export type PublicChange = {
  collection: 'testimonies' | 'testimony-records' | 'facts' | 'restaurants' | 'sources'
  id: string | number
  doc: Record<string, unknown> | null
  previousDoc: Record<string, unknown> | null
  deleted: boolean
  req: PayloadRequest
}
