import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib'

import { stripJpegSegments } from './stripJpegSegments'

const METADATA = PDFName.of('Metadata')
// Application data (Illustrator, Acrobat) and per-page modification dates.
const DROPPED_KEYS = ['Metadata', 'PieceInfo', 'LastModified', 'AF'].map((key) => PDFName.of(key))

const nameOf = (dict: PDFDict, key: string) => dict.get(PDFName.of(key))?.toString()

const isDctOnly = (dict: PDFDict): boolean => {
  const filter = dict.get(PDFName.of('Filter'))
  if (filter instanceof PDFArray) return filter.size() === 1 && filter.get(0).toString() === '/DCTDecode'
  return filter?.toString() === '/DCTDecode'
}

export class UnreadablePdfError extends Error {}

/**
 * A PDF rebuilt from its pages alone. The document information (author, creator, producer,
 * title, subject, keywords, dates), the XMP metadata streams, attached files, earlier
 * revisions kept by incremental saves and anything else hanging off the catalogue stay behind;
 * the pages' own XMP and the EXIF of embedded photographs are removed as well. The document
 * information is written back with empty values, and the file is saved without object streams
 * so its bytes can be searched.
 */
export const stripPdfMetadata = async (bytes: Uint8Array): Promise<Buffer> => {
  let source: PDFDocument
  let pageCount = 0
  try {
    source = await PDFDocument.load(bytes, { updateMetadata: false })
    pageCount = source.getPageCount()
  } catch (error) {
    // Encrypted PDFs land here too: what cannot be read cannot be cleaned.
    throw new UnreadablePdfError((error as Error).message)
  }
  // pdf-lib reads some garbage as an empty document; a PDF without pages is not one to keep.
  if (pageCount === 0) throw new UnreadablePdfError('The PDF has no pages.')
  const clean = await PDFDocument.create({ updateMetadata: false })
  const pages = await clean.copyPages(source, source.getPageIndices())
  for (const page of pages) clean.addPage(page)

  for (const [ref, object] of clean.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : null
    if (!dict) continue
    const type = nameOf(dict, 'Type')
    if (type === '/Metadata' || nameOf(dict, 'Subtype') === '/XML' || type === '/EmbeddedFile') {
      clean.context.delete(ref)
      continue
    }
    for (const key of DROPPED_KEYS) dict.delete(key)
    if (nameOf(dict, 'Subtype') === '/FileAttachment') dict.delete(PDFName.of('FS'))
    if (object instanceof PDFRawStream && nameOf(dict, 'Subtype') === '/Image' && isDctOnly(dict)) {
      clean.context.assign(ref, PDFRawStream.of(dict, stripJpegSegments(object.contents)))
    }
  }
  clean.catalog.delete(METADATA)

  clean.setTitle('')
  clean.setAuthor('')
  clean.setSubject('')
  clean.setKeywords([])
  clean.setCreator('')
  clean.setProducer('')
  return Buffer.from(await clean.save({ useObjectStreams: false }))
}
