import zlib, { deflateSync } from 'node:zlib'

import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

/**
 * Files that carry every kind of identifying metadata, built in the test so that each test
 * first proves its input really has what the cleaner must remove.
 */

type Entry = { tag: number; type: 2 | 3 | 4 | 5 | 7; value: string | number[] | Buffer }

const encode = ({ type, value }: Entry): Buffer => {
  if (type === 2) return Buffer.from(`${value}\0`, 'latin1')
  if (type === 7) return value as Buffer
  const numbers = value as number[]
  const size = type === 3 ? 2 : 4
  const out = Buffer.alloc(numbers.length * size)
  numbers.forEach((n, i) => (size === 2 ? out.writeUInt16BE(n, i * 2) : out.writeUInt32BE(n, i * 4)))
  return out
}
const count = (entry: Entry) => (entry.type === 5 ? (entry.value as number[]).length / 2 : entry.type === 2 ? encode(entry).length : entry.type === 7 ? (entry.value as Buffer).length : (entry.value as number[]).length)
const dataSize = (entries: Entry[]) => entries.reduce((sum, e) => sum + (encode(e).length > 4 ? (encode(e).length + 1) & ~1 : 0), 0)
const ifdSize = (entries: Entry[]) => 2 + entries.length * 12 + 4 + dataSize(entries)

const writeIfd = (entries: Entry[], offset: number, next: number): Buffer => {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag)
  const head = Buffer.alloc(2 + sorted.length * 12 + 4)
  head.writeUInt16BE(sorted.length, 0)
  const data: Buffer[] = []
  let dataAt = offset + head.length
  sorted.forEach((entry, i) => {
    const at = 2 + i * 12
    const bytes = encode(entry)
    head.writeUInt16BE(entry.tag, at)
    head.writeUInt16BE(entry.type, at + 2)
    head.writeUInt32BE(count(entry), at + 4)
    if (bytes.length <= 4) bytes.copy(head, at + 8)
    else {
      head.writeUInt32BE(dataAt, at + 8)
      const padded = Buffer.alloc((bytes.length + 1) & ~1)
      bytes.copy(padded)
      data.push(padded)
      dataAt += padded.length
    }
  })
  head.writeUInt32BE(next, 2 + sorted.length * 12)
  return Buffer.concat([head, ...data])
}

const segment = (marker: number, payload: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0])
  head.writeUInt16BE(payload.length + 2, 2)
  return Buffer.concat([head, payload])
}

export type PhotoSecrets = { make: string; model: string; serial: string; lensSerial: string; makerNote: string; xmp: string; iptc: string; comment: string }

/**
 * A JPEG like a phone's: EXIF with camera make, model and serial numbers, a GPS position, the
 * moment it was taken, a maker note, an embedded thumbnail and orientation 6 (rotate 90°);
 * plus XMP, IPTC and a comment.
 */
export const identifyingJpeg = async (secrets: PhotoSecrets, width = 800, height = 600): Promise<Buffer> => {
  const base = await sharp({ create: { width, height, channels: 3, background: 'gray', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg()
    .toBuffer()
  const thumbnail = await sharp({ create: { width: 160, height: 120, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg().toBuffer()

  const exif: Entry[] = [
    { tag: 0xa431, type: 2, value: secrets.serial },
    { tag: 0xa435, type: 2, value: secrets.lensSerial },
    { tag: 0x9003, type: 2, value: '2016:04:07 23:15:00' },
    { tag: 0x927c, type: 7, value: Buffer.from(`MAKERNOTE ${secrets.makerNote}`, 'latin1') },
  ]
  const gps: Entry[] = [
    { tag: 0x0001, type: 2, value: 'N' },
    { tag: 0x0002, type: 5, value: [29, 1, 52, 1, 6, 1] },
    { tag: 0x0003, type: 2, value: 'E' },
    { tag: 0x0004, type: 5, value: [121, 1, 32, 1, 38, 1] },
  ]
  const ifd1 = (offset: number): Entry[] => [
    { tag: 0x0103, type: 3, value: [6] },
    { tag: 0x0201, type: 4, value: [offset] },
    { tag: 0x0202, type: 4, value: [thumbnail.length] },
  ]
  const ifd0 = (exifAt: number, gpsAt: number): Entry[] => [
    { tag: 0x010f, type: 2, value: secrets.make },
    { tag: 0x0110, type: 2, value: secrets.model },
    { tag: 0x0112, type: 3, value: [6] },
    { tag: 0x8769, type: 4, value: [exifAt] },
    { tag: 0x8825, type: 4, value: [gpsAt] },
  ]
  const ifd0At = 8
  const exifAt = ifd0At + ifdSize(ifd0(0, 0))
  const gpsAt = exifAt + ifdSize(exif)
  const ifd1At = gpsAt + ifdSize(gps)
  const thumbAt = ifd1At + ifdSize(ifd1(0))
  const tiff = Buffer.concat([
    Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]),
    writeIfd(ifd0(exifAt, gpsAt), ifd0At, ifd1At),
    writeIfd(exif, exifAt, 0),
    writeIfd(gps, gpsAt, 0),
    writeIfd(ifd1(thumbAt), ifd1At, 0),
    thumbnail,
  ])
  const xmp = `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${secrets.xmp}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`
  const iptcRecord = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0, secrets.iptc.length]), Buffer.from(secrets.iptc, 'latin1')])
  const iptcSize = Buffer.alloc(4)
  iptcSize.writeUInt32BE(iptcRecord.length)
  const iptc = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), iptcSize, iptcRecord, iptcRecord.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)])
  return Buffer.concat([
    base.subarray(0, 2),
    segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])),
    segment(0xe1, Buffer.from(xmp, 'utf8')),
    segment(0xed, iptc),
    segment(0xfe, Buffer.from(secrets.comment, 'latin1')),
    base.subarray(2),
  ])
}

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG with a text chunk naming its author, compressed XMP-like text and an EXIF chunk. */
export const identifyingPng = async (secret: string): Promise<Buffer> => {
  const base = await sharp({ create: { width: 480, height: 120, channels: 3, background: { r: 9, g: 99, b: 199 } } }).png().toBuffer()
  const exif = (await sharp(base).jpeg().withExif({ IFD0: { Make: secret, Model: secret } }).toBuffer()) // borrow sharp's EXIF block
  const app1 = exif.indexOf(Buffer.from('Exif\0\0', 'latin1'))
  const tiffLength = exif.readUInt16BE(app1 - 2) - 2 - 6
  const tiff = exif.subarray(app1 + 6, app1 + 6 + tiffLength)
  // After the signature and IHDR: readers take eXIf only before the image data.
  const afterHeader = 8 + 25
  return Buffer.concat([
    base.subarray(0, afterHeader),
    pngChunk('eXIf', tiff),
    pngChunk('tEXt', Buffer.from(`Author\0${secret}`, 'latin1')),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync(Buffer.from(`taken by ${secret}`))])),
    base.subarray(afterHeader),
  ])
}

/** A WebP with EXIF (camera make and model) written by sharp. */
export const identifyingWebp = (secret: string): Promise<Buffer> =>
  sharp({ create: { width: 480, height: 120, channels: 3, background: { r: 20, g: 120, b: 60 } } })
    .webp()
    .withExif({ IFD0: { Make: secret, Model: secret, Artist: secret } })
    .toBuffer()

/**
 * A PDF with every document-information field set, an XMP stream in the catalogue, and an
 * embedded photograph that carries EXIF of its own.
 */
export const identifyingPdf = async (secret: string): Promise<Buffer> => {
  const doc = await PDFDocument.create()
  doc.setAuthor(secret)
  doc.setTitle(`Title ${secret}`)
  doc.setSubject(`Subject ${secret}`)
  doc.setKeywords([secret])
  doc.setCreator(`Creator ${secret}`)
  doc.setProducer(`Producer ${secret}`)
  doc.setCreationDate(new Date('2016-04-07T23:15:00Z'))
  doc.setModificationDate(new Date('2016-04-08T01:00:00Z'))
  const page = doc.addPage([300, 300])
  page.drawText('A scanned statement', { x: 20, y: 260, font: await doc.embedFont(StandardFonts.Helvetica), size: 12 })
  const photo = await sharp({ create: { width: 40, height: 40, channels: 3, background: 'gray' } }).jpeg().withExif({ IFD0: { Make: secret, Model: secret } }).toBuffer()
  page.drawImage(await doc.embedJpg(photo), { x: 20, y: 20, width: 40, height: 40 })
  const xmp = doc.context.stream(`<x:xmpmeta><dc:creator>${secret}</dc:creator></x:xmpmeta>`, { Type: 'Metadata', Subtype: 'XML' })
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp))
  return Buffer.from(await doc.save({ useObjectStreams: false }))
}

/** `secret` as a PDF text string: UTF-16BE in hexadecimal, as pdf-lib writes document info. */
export const pdfHex = (secret: string): string => Buffer.from(secret, 'utf16le').swap16().toString('hex').toUpperCase()
