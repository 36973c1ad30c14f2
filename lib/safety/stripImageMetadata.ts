import sharp from 'sharp'

import type { UploadKind } from './sniffUploadType'

/**
 * A new image from the pixels alone. Re-encoding without `withMetadata()` leaves out EXIF
 * (GPS, camera make, model and serial, dates), XMP, IPTC, maker notes, comments and the
 * embedded thumbnail, which can show the photo as it was before cropping. The EXIF orientation
 * is applied first, since the tag that carried it is dropped.
 */
export const stripImageMetadata = async (bytes: Buffer, kind: UploadKind): Promise<Buffer> => {
  const { pages = 1 } = await sharp(bytes).metadata()
  const animated = pages > 1
  let image = sharp(bytes, { animated, failOn: 'error' })
  // Animated WebPs carry no orientation, and sharp cannot rotate their frames.
  if (!animated) image = image.rotate()
  if (kind.mime === 'image/jpeg') image = image.jpeg({ quality: 90 })
  else if (kind.mime === 'image/png') image = image.png()
  else image = image.webp({ quality: 90 })
  return image.toBuffer()
}
