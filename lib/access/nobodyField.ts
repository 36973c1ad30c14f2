import type { FieldAccess } from 'payload'

/** For fields only the server writes or reads, through `overrideAccess`. */
export const nobodyField: FieldAccess = () => false
