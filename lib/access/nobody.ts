import type { Access } from 'payload'

/** For operations no API may perform; the server writes through `overrideAccess`. */
export const nobody: Access = () => false
