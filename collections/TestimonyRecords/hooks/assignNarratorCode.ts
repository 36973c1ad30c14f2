import type { CollectionBeforeChangeHook } from 'payload'

import { randomCode } from '@/lib/domain/codes'

/** A pseudonym is always present, so nobody is tempted to type a name into its place. */
export const assignNarratorCode: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const given = data.narrator?.code || originalDoc?.narrator?.code
  if (given) return { ...data, narratorCode: given }
  const code = randomCode('N', 6)
  return { ...data, narrator: { ...data.narrator, code }, narratorCode: code }
}
