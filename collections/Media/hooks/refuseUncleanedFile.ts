import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { wasCleaned } from './cleanUpload'

/**
 * The last check before a file is written: a new file name that did not come out of
 * cleanUpload in this request means the bytes reached Payload another way (a URL to fetch,
 * a future upload path), and they are refused rather than stored with their metadata.
 */
export const refuseUncleanedFile: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const filename = typeof data.filename === 'string' ? data.filename : null
  if (!filename) return data
  if (operation === 'update' && filename === originalDoc?.filename) return data
  if (wasCleaned(req, filename)) return data
  throw new APIError('file: this file did not pass the metadata cleaner; upload the file itself.', 400, null, true)
}
