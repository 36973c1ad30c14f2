import { Writable } from 'node:stream'
import type { LoggerOptions } from 'pino'
import { build } from 'pino-pretty'

/*
 * What a log line may say about a failed write: the error's kind, a message with the values
 * taken out, the collection and the operation. Never the document, the query's values or the
 * SQL parameters: drizzle's errors carry the whole statement and its parameters in their
 * message ("Failed query: insert into ... params: <narrator code>, <dates>, <places>"), MongoDB's
 * duplicate-key and cast errors quote the value, and either may sit in `cause`. Logs are
 * copied to terminals, log hosts and bug reports that no access rule covers.
 */
const DROPPED_KEYS = new Set(['data', 'doc', 'docs', 'originalDoc', 'previousDoc', 'params', 'query', 'sql', 'where', 'values', 'keyValue', 'value', 'body', 'input', 'variables', 'args'])

export const scrubMessage = (message: string): string =>
  message
    // drizzle / libsql: keep the statement's verb and table, never its values or parameters.
    .replace(/Failed query:\s*(insert into|update|delete from|select)\s*("[^"]+")?[\s\S]*$/i, (_all, verb: string, table?: string) =>
      `Failed query: ${verb.toLowerCase()}${table ? ` ${table}` : ''} (statement and parameters not logged)`,
    )
    .replace(/\bparams:[\s\S]*$/i, 'params: (not logged)')
    // MongoDB: E11000 ... dup key: { code: "T-..." }, and mongoose's cast errors.
    .replace(/dup key: \{[\s\S]*?\}/g, 'dup key: { (not logged) }')
    .replace(/for value "[\s\S]*?"( \(type [^)]*\))?/g, 'for value (not logged)')
    .replace(/"[^"]{0,2000}"( \(type \w+\))? at path/g, '(value not logged) at path')

type ScrubbedError = { type: string; message: string; code?: unknown; status?: unknown; collection?: unknown; operation?: unknown; path?: unknown; stack?: string; cause?: ScrubbedError }

/** An error as it may appear in a log: kind, scrubbed message, where it happened, the stack's frames. */
export const scrubError = (error: unknown, depth = 0): ScrubbedError => {
  if (!error || typeof error !== 'object') return { type: typeof error, message: scrubMessage(String(error)) }
  const source = error as Record<string, unknown> & { name?: string; message?: string; stack?: string; cause?: unknown; data?: { collection?: unknown; errors?: { path?: unknown }[] } }
  const frames = typeof source.stack === 'string' ? source.stack.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 12).join('\n') : undefined
  const scrubbed: ScrubbedError = {
    type: source.name ?? source.constructor?.name ?? 'Error',
    message: scrubMessage(String(source.message ?? '')),
  }
  for (const key of ['code', 'status', 'collection', 'operation'] as const) {
    if (typeof source[key] === 'string' || typeof source[key] === 'number') scrubbed[key] = source[key]
  }
  if (typeof source.data?.collection === 'string') scrubbed.collection ??= source.data.collection
  const paths = source.data?.errors?.map((entry) => entry.path).filter((entry) => typeof entry === 'string')
  if (paths?.length) scrubbed.path = paths
  if (frames) scrubbed.stack = frames
  if (source.cause && depth < 3) scrubbed.cause = scrubError(source.cause, depth + 1)
  return scrubbed
}

// Errors under `err`/`error`, and an error given as the first argument, are left to the
// serializers below (which pino calls next), so they are scrubbed once, from the real error.
const scrubValue = (value: unknown, depth = 0): unknown => {
  if (value instanceof Error) return depth === 0 ? value : scrubError(value)
  if (typeof value === 'string') return scrubMessage(value)
  if (!value || typeof value !== 'object' || depth > 4) return value
  if (Array.isArray(value)) return value.map((entry) => scrubValue(entry, depth + 1))
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !DROPPED_KEYS.has(key))
      .map(([key, entry]) => [key, (key === 'err' || key === 'error') && depth === 0 ? entry : scrubValue(entry, depth + 1)]),
  )
}

const options: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? 'info',
  // Every argument of every call passes here, before pino formats it: objects, errors and
  // printf-style strings alike.
  hooks: {
    logMethod(args, method) {
      // pino would take an error's own message as the line's text, values and all.
      const [first, ...rest] = args as unknown[]
      const lead = first instanceof Error ? { err: first, msg: scrubMessage(first.message) } : first
      return method.apply(this, [lead, ...rest].map((arg) => scrubValue(arg)) as Parameters<typeof method>)
    },
  },
  serializers: { err: scrubError, error: scrubError },
}

/** Payload's usual readable output, written through process.stdout. */
const pretty = build({ colorize: process.stdout.isTTY === true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', destination: new Writable({
  write(chunk, _encoding, done) {
    process.stdout.write(chunk, done)
  },
}) })

export const archiveLogger = { options, destination: pretty }
