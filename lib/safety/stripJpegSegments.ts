// APP1–APP13 and APP15 hold EXIF (with GPS and the thumbnail), XMP, IPTC and maker data; COM
// holds free text. APP0 (JFIF) and APP14 (Adobe colour transform) are needed to draw the image.
const DROPPED = (marker: number) => (marker >= 0xe1 && marker <= 0xed) || marker === 0xef || marker === 0xfe
const START_OF_SCAN = 0xda

/**
 * A JPEG's bytes without its metadata segments, without re-encoding: for photographs embedded
 * inside PDFs, where the pixels must stay exactly as they are. Returns the input unchanged when
 * it is not a JPEG it can parse.
 */
export const stripJpegSegments = (bytes: Uint8Array): Uint8Array => {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes
  const kept: Uint8Array[] = [bytes.subarray(0, 2)]
  let at = 2
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return bytes
    const marker = bytes[at + 1]
    if (marker === 0xff) {
      at += 1
      continue
    }
    if (marker === START_OF_SCAN) {
      kept.push(bytes.subarray(at))
      return Buffer.concat(kept)
    }
    const length = (bytes[at + 2] << 8) | bytes[at + 3]
    if (length < 2 || at + 2 + length > bytes.length) return bytes
    if (!DROPPED(marker)) kept.push(bytes.subarray(at, at + 2 + length))
    at += 2 + length
  }
  return bytes
}
