import type { NumberFieldSingleValidation } from 'payload'

import { FACT_KINDS, type FactKind } from './factKinds'

/** Kinds that measure something need a number; the number may not be negative. */
export const validateFactValue: NumberFieldSingleValidation = (value, { siblingData }) => {
  const kind = (siblingData as { kind?: FactKind }).kind
  if (value != null && value < 0) return 'A value cannot be negative.'
  const spec = kind ? FACT_KINDS[kind] : undefined
  if (spec?.numeric && !('optional' in spec) && value == null)
    return `A fact of kind "${kind}" needs a number in "value".`
  return true
}
