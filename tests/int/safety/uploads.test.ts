import fs from 'node:fs'
import path from 'node:path'

import exifr from 'exifr'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaDir } from '@/lib/paths'
import type { Media } from '@/payload-types'
import { identifyingJpeg, identifyingPdf, identifyingPng, identifyingWebp, pdfHex, type PhotoSecrets } from './pictures'
import { marker, startSafetyWorld, type SafetyWorld } from './support'

let world: SafetyWorld
beforeAll(async () => {
  world = await startSafetyWorld()
})
afterAll(async () => world?.stop())

const stored = (filename: string | null | undefined): Buffer => {
  expect(filename).toBeTruthy()
  return fs.readFileSync(path.join(mediaDir(), filename!))
}

/** The original file and every resized variant, as stored on disk. */
const storedFiles = (doc: Media): Buffer[] => [
  stored(doc.filename),
  ...Object.values(doc.sizes ?? {})
    .filter((size) => size?.filename)
    .map((size) => stored(size!.filename)),
]

const secretsFor = (label: string): PhotoSecrets => ({
  make: marker(`${label}MAKE`),
  model: marker(`${label}MODEL`),
  serial: marker(`${label}SERIAL`),
  lensSerial: marker(`${label}LENS`),
  makerNote: marker(`${label}NOTE`),
  xmp: marker(`${label}XMP`),
  iptc: marker(`${label}IPTC`),
  comment: marker(`${label}COMMENT`),
})

const expectNoMetadata = async (bytes: Buffer, secrets: string[]) => {
  for (const secret of secrets) expect(bytes.includes(secret), `stored bytes contain ${secret}`).toBe(false)
  const parsed = await exifr.parse(bytes, { tiff: true, exif: true, gps: true, xmp: true, iptc: true, ifd1: true, makerNote: true }).catch(() => undefined)
  expect(parsed?.Make).toBeUndefined()
  expect(parsed?.Model).toBeUndefined()
  expect(parsed?.latitude).toBeUndefined()
  expect(parsed?.SerialNumber).toBeUndefined()
  expect(parsed?.LensSerialNumber).toBeUndefined()
  expect(await exifr.thumbnail(bytes).catch(() => undefined)).toBeUndefined()
  const meta = await sharp(bytes).metadata()
  expect(meta.exif).toBeUndefined()
  expect(meta.xmp).toBeUndefined()
  expect(meta.iptc).toBeUndefined()
  expect(meta.comments ?? []).toEqual([])
}

describe('clean uploads: JPEG', () => {
  it('stores neither the EXIF, GPS, serial numbers, thumbnail, XMP, IPTC nor comment of a photo, in the file or its sizes (Local API)', async () => {
    const secrets = secretsFor('JPG')
    const input = await identifyingJpeg(secrets)
    // The input really carries what must go, so this test can fail.
    const before = await exifr.parse(input, { tiff: true, exif: true, gps: true, xmp: true, iptc: true, ifd1: true, makerNote: true })
    expect(before).toMatchObject({ Make: secrets.make, Model: secrets.model, SerialNumber: secrets.serial, LensSerialNumber: secrets.lensSerial })
    expect(before.latitude).toBeCloseTo(29.87, 1)
    expect(await exifr.thumbnail(input)).toBeInstanceOf(Uint8Array)
    for (const secret of Object.values(secrets)) expect(input.includes(secret)).toBe(true)

    const doc = (await world.payload.create({
      collection: 'media',
      data: { alt: 'A photograph' },
      file: { data: input, mimetype: 'image/jpeg', name: 'IMG_20160407_231500.jpg', size: input.length },
      ...world.as('editor'),
    })) as Media

    const files = storedFiles(doc)
    expect(files.length).toBe(2)
    for (const bytes of files) await expectNoMetadata(bytes, Object.values(secrets))
    // Orientation 6 was applied to the pixels before the tag was dropped.
    const meta = await sharp(files[0]).metadata()
    expect([meta.width, meta.height]).toEqual([600, 800])
    expect(doc.filename).not.toContain('20160407')
    expect(doc.filesize).toBe(files[0].length)
  })

  it('cleans a photo uploaded through REST as the admin panel sends it, and an update that replaces the file', async () => {
    const secrets = secretsFor('REST')
    const input = await identifyingJpeg(secrets, 640, 480)
    const response = await world.upload('editor', { data: input, name: 'photo.jpg', type: 'image/jpeg' }, { alt: 'Through REST' })
    expect(response.status).toBe(201)
    const doc = response.json.doc as Media
    for (const bytes of storedFiles(doc)) await expectNoMetadata(bytes, Object.values(secrets))

    const again = secretsFor('UPDATE')
    const replacement = await identifyingJpeg(again, 500, 400)
    const updated = (await world.payload.update({
      collection: 'media',
      id: doc.id,
      data: {},
      file: { data: replacement, mimetype: 'image/jpeg', name: 'replacement.jpg', size: replacement.length },
      ...world.as('editor'),
    } as never)) as unknown as Media
    for (const bytes of storedFiles(updated)) await expectNoMetadata(bytes, Object.values(again))
  })
})

describe('clean uploads: PNG and WebP', () => {
  it('drops text, compressed text and EXIF chunks from a PNG', async () => {
    const secret = marker('PNG')
    const input = await identifyingPng(secret)
    expect(input.includes(secret)).toBe(true)
    expect((await sharp(input).metadata()).exif).toBeDefined()
    const doc = (await world.payload.create({
      collection: 'media',
      data: { alt: 'A PNG' },
      file: { data: input, mimetype: 'image/png', name: 'scan.png', size: input.length },
      ...world.as('editor'),
    })) as Media
    for (const bytes of storedFiles(doc)) {
      expect(bytes.includes(secret)).toBe(false)
      expect(bytes.includes(Buffer.from('tEXt'))).toBe(false)
      expect(bytes.includes(Buffer.from('zTXt'))).toBe(false)
      expect((await sharp(bytes).metadata()).exif).toBeUndefined()
    }
  })

  it('drops EXIF from a WebP', async () => {
    const secret = marker('WEBP')
    const input = await identifyingWebp(secret)
    const { exif } = await sharp(input).metadata()
    // sharp hands the EXIF block over with its "Exif\0\0" header; exifr reads the TIFF after it.
    expect((await exifr.parse(exif!.subarray(6)))?.Make).toBe(secret)
    const doc = (await world.payload.create({
      collection: 'media',
      data: { alt: 'A WebP' },
      file: { data: input, mimetype: 'image/webp', name: 'photo.webp', size: input.length },
      ...world.as('editor'),
    })) as Media
    for (const bytes of storedFiles(doc)) {
      expect(bytes.includes(secret)).toBe(false)
      expect((await sharp(bytes).metadata()).exif).toBeUndefined()
    }
  })
})

describe('clean uploads: PDF', () => {
  it('stores a PDF without its author, creator, producer, title, subject, keywords, dates, XMP or photo EXIF', async () => {
    const secret = marker('PDFAUTHOR')
    const input = await identifyingPdf(secret)
    const original = await PDFDocument.load(input, { updateMetadata: false })
    expect(original.getAuthor()).toBe(secret)
    expect(input.includes(secret)).toBe(true) // the XMP stream and the photo's EXIF, as plain bytes
    expect(input.toString('latin1').toUpperCase()).toContain(pdfHex(secret))

    const doc = (await world.payload.create({
      collection: 'media',
      data: { alt: 'A statement' },
      file: { data: input, mimetype: 'application/pdf', name: 'statement.pdf', size: input.length },
      ...world.as('editor'),
    })) as Media
    const bytes = stored(doc.filename)
    expect(bytes.includes(secret)).toBe(false)
    expect(bytes.toString('latin1').toUpperCase()).not.toContain(pdfHex(secret))
    expect(bytes.includes(Buffer.from('/Metadata'))).toBe(false)
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false)
    const clean = await PDFDocument.load(bytes, { updateMetadata: false })
    for (const value of [clean.getAuthor(), clean.getTitle(), clean.getSubject(), clean.getKeywords(), clean.getCreator(), clean.getProducer()]) {
      expect(value ?? '').toBe('')
    }
    expect(clean.getCreationDate()).toBeUndefined()
    expect(clean.getModificationDate()).toBeUndefined()
    expect(clean.getPageCount()).toBe(1)
  })
})

describe('clean uploads: other files', () => {
  const refused = async (data: Buffer, mimetype: string, name: string) => {
    const before = fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).length : 0
    const error = await world.payload
      .create({ collection: 'media', data: { alt: 'x' }, file: { data, mimetype, name, size: data.length }, ...world.as('editor') })
      .then(() => null, (e: unknown) => e as { name?: string; data?: { errors?: { path: string; message: string }[] } })
    expect(error?.name).toBe('ValidationError')
    const [fieldError] = error?.data?.errors ?? []
    expect(fieldError.path).toBe('file')
    expect(fieldError.message).toMatch(/^file: only JPEG, PNG or WebP images and PDF documents can be uploaded/)
    expect(fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).length : 0).toBe(before)
  }

  it('refuses a GIF, an SVG and a text file, even when it claims to be a JPEG', async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } }).gif().toBuffer()
    await refused(gif, 'image/gif', 'a.gif')
    await refused(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml', 'a.svg')
    await refused(Buffer.from('not a photo at all'), 'image/jpeg', 'disguised.jpg')
  })

  it('refuses the same way through REST, naming the field', async () => {
    const response = await world.upload('editor', { data: Buffer.from('GIF89a....'), name: 'a.gif', type: 'image/gif' }, { alt: 'x' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('file: only JPEG, PNG or WebP images and PDF documents')
  })

  it('refuses a damaged JPEG rather than storing it uncleaned', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('garbage that is not a JPEG')])
    const error = await world.payload
      .create({ collection: 'media', data: { alt: 'x' }, file: { data: broken, mimetype: 'image/jpeg', name: 'b.jpg', size: broken.length }, ...world.as('editor') })
      .then(() => null, (e: { data?: { errors?: { path: string }[] } }) => e)
    expect(error?.data?.errors?.[0]?.path).toBe('file')
  })
})
