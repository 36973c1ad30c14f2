import fs from 'node:fs/promises'

import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { randomCode } from '@/lib/domain/codes'
import { readInternally } from '@/lib/safety/readInternally'
import { ALLOWED_UPLOADS, sniffUploadType } from '@/lib/safety/sniffUploadType'
import { stripImageMetadata } from '@/lib/safety/stripImageMetadata'
import { stripPdfMetadata } from '@/lib/safety/stripPdfMetadata'

const CLEANED_KEY = 'cleanedUploads'

const stem = (filename: string) => filename.replace(/\.[^.]+$/, '').toLowerCase()

/** Notes that a file name was produced by the cleaner in this request (see refuseUncleanedFile). */
export const markCleaned = (req: PayloadRequest, filename: string): void => {
  const cleaned = ((req.context[CLEANED_KEY] as string[] | undefined) ??= [])
  cleaned.push(stem(filename))
}

/** True when `filename` (perhaps with Payload's "-1" suffix) came out of the cleaner. */
export const wasCleaned = (req: PayloadRequest, filename: string): boolean => {
  const cleaned = (req.context[CLEANED_KEY] as string[] | undefined) ?? []
  const name = stem(filename)
  return cleaned.some((done) => name === done || new RegExp(`^${done}-\\d+$`).test(name))
}

const refuse = (req: PayloadRequest, message: string) =>
  new ValidationError({ collection: 'media', errors: [{ path: 'file', message }], req }, req.t)

/**
 * Cleans every uploaded file before Payload reads it: this hook runs before the upload
 * pipeline (generateFileData) takes `req.file`, so the original bytes are never written and
 * the resized variants are made from the clean image. Images are re-encoded from their pixels,
 * PDFs rebuilt from their pages; anything else is refused. The file also gets a random name:
 * camera names such as IMG_20160407_2315.jpg carry the day and minute a photo was taken.
 */
export const cleanUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const duplicateFromID = (args as { duplicateFromID?: string | number }).duplicateFromID
  if (operation === 'create' && duplicateFromID != null) {
    // A copy is made from the stored file, which was cleaned when it was uploaded.
    const source = await readInternally(req, (lookup) =>
      req.payload.findByID({ collection: 'media', id: duplicateFromID, disableErrors: true, ...lookup }),
    )
    if (source?.filename) markCleaned(req, source.filename)
    return args
  }
  const file = req.file
  if (!file) return args

  const bytes = file.tempFilePath ? await fs.readFile(file.tempFilePath) : file.data
  const kind = sniffUploadType(bytes)
  if (!kind) {
    throw refuse(req, `file: only ${ALLOWED_UPLOADS} can be uploaded; “${file.name}” is none of these.`)
  }
  let cleaned: Buffer
  try {
    cleaned = kind.mime === 'application/pdf' ? await stripPdfMetadata(bytes) : await stripImageMetadata(bytes, kind)
  } catch {
    throw refuse(req, `file: this ${kind.label} could not be read, so it cannot be cleaned of its metadata (encrypted or damaged files are refused).`)
  }

  const name = `${randomCode('M', 10)}.${kind.ext}`
  // With `useTempFiles`, Payload reads the temp file instead of `data`: it must hold the clean
  // bytes too, or the original would be copied to storage.
  if (file.tempFilePath) await fs.writeFile(file.tempFilePath, cleaned)
  req.file = { ...file, data: cleaned, size: cleaned.length, mimetype: kind.mime, name }
  markCleaned(req, name)
  return args
}
