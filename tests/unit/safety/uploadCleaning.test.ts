import exifr from 'exifr'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { sniffUploadType } from '@/lib/safety/sniffUploadType'
import { stripImageMetadata } from '@/lib/safety/stripImageMetadata'
import { stripJpegSegments } from '@/lib/safety/stripJpegSegments'
import { UnreadablePdfError, stripPdfMetadata } from '@/lib/safety/stripPdfMetadata'

const photo = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g: 20, b: 20 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SECRETMAKE', Model: 'SECRETMODEL' } })
    .toBuffer()

describe('sniffUploadType', () => {
  it('knows a file by its first bytes, not by its name', async () => {
    expect(sniffUploadType(await photo())?.mime).toBe('image/jpeg')
    expect(sniffUploadType(await sharp(await photo()).png().toBuffer())?.mime).toBe('image/png')
    expect(sniffUploadType(await sharp(await photo()).webp().toBuffer())?.mime).toBe('image/webp')
    expect(sniffUploadType(Buffer.from('%PDF-1.7\n'))?.mime).toBe('application/pdf')
    expect(sniffUploadType(await sharp(await photo()).gif().toBuffer())).toBeNull()
    expect(sniffUploadType(Buffer.from('<svg/>'))).toBeNull()
    expect(sniffUploadType(Buffer.alloc(0))).toBeNull()
  })
})

describe('stripImageMetadata', () => {
  it('re-encodes a JPEG without its EXIF and keeps its pixels', async () => {
    const input = await photo()
    expect((await exifr.parse(input))?.Make).toBe('SECRETMAKE')
    const output = await stripImageMetadata(input, sniffUploadType(input)!)
    expect(output.includes('SECRETMAKE')).toBe(false)
    expect(await exifr.parse(output).catch(() => undefined)).toBeUndefined()
    expect(await sharp(output).metadata()).toMatchObject({ width: 64, height: 48, format: 'jpeg' })
  })
})

describe('stripJpegSegments', () => {
  it('drops APP1 and comments without touching the image data', async () => {
    const input = await photo()
    const withComment = Buffer.concat([input.subarray(0, 2), Buffer.from([0xff, 0xfe, 0x00, 0x08]), Buffer.from('SECRET'), input.subarray(2)])
    const output = Buffer.from(stripJpegSegments(withComment))
    expect(output.includes('SECRET')).toBe(false)
    expect(output.subarray(output.indexOf(Buffer.from([0xff, 0xda])))).toEqual(input.subarray(input.indexOf(Buffer.from([0xff, 0xda]))))
    expect((await sharp(output).metadata()).width).toBe(64)
  })

  it('returns bytes it cannot parse unchanged', () => {
    const junk = Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02])
    expect(stripJpegSegments(junk)).toBe(junk)
  })
})

describe('stripPdfMetadata', () => {
  it('refuses what it cannot read', async () => {
    await expect(stripPdfMetadata(Buffer.from('%PDF-1.7 not really'))).rejects.toBeInstanceOf(UnreadablePdfError)
  })
})
