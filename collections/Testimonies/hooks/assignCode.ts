import type { CollectionBeforeChangeHook } from 'payload'

import { randomCode } from '@/lib/domain/codes'

/**
 * The code is the testimony's public name and its URL, so it is made by the server, never
 * typed: unguessable, and fixed once created (the field also refuses updates).
 */
export const assignCode: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'create') return { ...data, code: randomCode('T') }
  return { ...data, code: originalDoc?.code }
}
