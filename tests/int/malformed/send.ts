import fs from 'node:fs'

import type { Fixtures } from '../../helpers/fixtures'
import type { Malformed } from './requests'

export type Answer = { request: Malformed; status: number; text: string }

const send = (f: Fixtures, request: Malformed): Promise<Answer> => {
  const token = request.role === 'editor' ? f.actors.editor.token : undefined
  const body = request.json !== undefined ? JSON.stringify(request.json) : request.body
  const contentType = request.json !== undefined ? 'application/json' : request.contentType
  return f.settle(request.label, f.http.raw(request.method, request.path, { token, body, contentType, graphql: request.graphql }))
    .then(({ status, text }) => ({ request, status, text }))
}

/** Sends every request in turn and tallies the answers by status class. */
export const sendAll = async (f: Fixtures, requests: Malformed[]) => {
  const answers: Answer[] = []
  for (const request of requests) answers.push(await send(f, request))
  const classes: Record<string, number> = {}
  for (const { status } of answers) classes[`${String(status)[0]}xx`] = (classes[`${String(status)[0]}xx`] ?? 0) + 1
  console.log(`[malformed ${f.database.kind}] ${requests.length} requests:`, JSON.stringify(classes))
  // For reading a run's answers one by one: MALFORMED_REPORT=/some/file.jsonl
  if (process.env.MALFORMED_REPORT) {
    fs.appendFileSync(process.env.MALFORMED_REPORT, answers.map((a) => JSON.stringify({ label: a.request.label, role: a.request.role, method: a.request.method, field: a.request.field, status: a.status, text: a.text.slice(0, 300) })).join('\n') + '\n')
  }
  return answers
}

export const serverErrors = (answers: Answer[]) => answers.filter((a) => a.status >= 500).map((a) => `${a.status} ${a.request.method} ${a.request.label}: ${a.text.slice(0, 160)}`)

