export type UploadKind = { mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf'; ext: string; label: string }

export const ALLOWED_UPLOADS = 'JPEG, PNG or WebP images and PDF documents'

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte)

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/**
 * What a file is, from its first bytes rather than the name or type the browser sent: only
 * kinds the archive can clean are accepted, and a renamed file must not slip past the cleaner.
 */
export const sniffUploadType = (bytes: Uint8Array): UploadKind | null => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG' }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', ext: 'png', label: 'PNG' }
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { mime: 'image/webp', ext: 'webp', label: 'WebP' }
  if (startsWith(bytes, ascii('%PDF-'))) return { mime: 'application/pdf', ext: 'pdf', label: 'PDF' }
  return null
}
