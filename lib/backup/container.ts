import { createCipheriv, createDecipheriv, createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

/*
 * The backup file: a short header in the clear, then every part encrypted with AES-256-GCM
 * under a key derived from BACKUP_PASSPHRASE by scrypt. The header (format, scrypt cost, salt,
 * nonce, a key check) is the cipher's additional data, so changing any byte of it, or of the
 * body, fails authentication: nothing of a damaged file is used. The key check (an HMAC of a
 * constant under the derived key) only tells "wrong passphrase" from "damaged file"; it gives
 * a guesser nothing the tag would not.
 *
 * The body is a list of parts: [u32 name length][name][u64 length][bytes]. The whole body is
 * held in memory, which bounds a backup by the machine's memory (docs/operations.md).
 */
const MAGIC = Buffer.from('TESTIMONY-ARCHIVE-BACKUP\n')
const FORMAT = 1
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 }

export type Part = { name: string; bytes: Buffer }

export class BackupRefused extends Error {}

const deriveKey = (passphrase: string, salt: Buffer, cost: typeof SCRYPT) =>
  scryptSync(passphrase, salt, 32, { ...cost, maxmem: 128 * cost.N * cost.r * 2 })

const keyCheck = (key: Buffer) => createHmac('sha256', key).update('archive-backup-key-check').digest()

const packParts = (parts: Part[]): Buffer => {
  const chunks: Buffer[] = []
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const head = Buffer.alloc(12 + name.length)
    head.writeUInt32BE(name.length, 0)
    name.copy(head, 4)
    head.writeBigUInt64BE(BigInt(part.bytes.length), 4 + name.length)
    chunks.push(head, part.bytes)
  }
  return Buffer.concat(chunks)
}

const unpackParts = (body: Buffer): Part[] => {
  const parts: Part[] = []
  let at = 0
  while (at < body.length) {
    const nameLength = body.readUInt32BE(at)
    const name = body.subarray(at + 4, at + 4 + nameLength).toString('utf8')
    const length = Number(body.readBigUInt64BE(at + 4 + nameLength))
    const start = at + 12 + nameLength
    parts.push({ name, bytes: body.subarray(start, start + length) })
    at = start + length
  }
  return parts
}

export const sealParts = (parts: Part[], passphrase: string): Buffer => {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const key = deriveKey(passphrase, salt, SCRYPT)
  const header = Buffer.from(
    JSON.stringify({ format: FORMAT, kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), check: keyCheck(key).toString('base64') }),
  )
  const length = Buffer.alloc(4)
  length.writeUInt32BE(header.length)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.concat([MAGIC, length, header]))
  const body = Buffer.concat([cipher.update(packParts(parts)), cipher.final()])
  return Buffer.concat([MAGIC, length, header, body, cipher.getAuthTag()])
}

type Header = { format: number; kdf: string; N: number; r: number; p: number; salt: string; iv: string; check: string }

const readHeader = (file: Buffer): { header: Header; headerEnd: number } => {
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new BackupRefused('This file is not a backup of the testimony archive.')
  }
  const length = file.readUInt32BE(MAGIC.length)
  const headerEnd = MAGIC.length + 4 + length
  let header: Header
  try {
    header = JSON.parse(file.subarray(MAGIC.length + 4, headerEnd).toString('utf8')) as Header
  } catch {
    throw new BackupRefused('The backup is damaged: its header cannot be read.')
  }
  if (header.format !== FORMAT) throw new BackupRefused(`The backup has format ${header.format}; this version reads format ${FORMAT}.`)
  // A forged header could ask scrypt for gigabytes; only the costs this code writes are read.
  if (header.kdf !== 'scrypt' || header.N !== SCRYPT.N || header.r !== SCRYPT.r || header.p !== SCRYPT.p) {
    throw new BackupRefused('The backup is damaged: unknown key derivation.')
  }
  return { header, headerEnd }
}

/** The parts of a backup file, or BackupRefused when it is foreign, damaged or the key is wrong. */
export const openParts = (file: Buffer, passphrase: string): Part[] => {
  const { header, headerEnd } = readHeader(file)
  const key = deriveKey(passphrase, Buffer.from(header.salt, 'base64'), SCRYPT)
  const check = Buffer.from(header.check ?? '', 'base64')
  const expected = keyCheck(key)
  if (check.length !== expected.length || !timingSafeEqual(check, expected)) {
    throw new BackupRefused('Wrong passphrase: BACKUP_PASSPHRASE does not open this backup (or its header is damaged).')
  }
  if (file.length < headerEnd + 16) throw new BackupRefused('The backup is damaged: it is cut short.')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'))
  decipher.setAAD(file.subarray(0, headerEnd))
  decipher.setAuthTag(file.subarray(file.length - 16))
  let body: Buffer
  try {
    body = Buffer.concat([decipher.update(file.subarray(headerEnd, file.length - 16)), decipher.final()])
  } catch {
    throw new BackupRefused('The backup is damaged: it fails authentication (changed or cut short since it was written).')
  }
  return unpackParts(body)
}
