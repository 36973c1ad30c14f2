import type { QueryTerms } from './queryTerms'
import { foldText } from './foldText'
import { splitWords } from './splitWords'
import { stemEnglish } from './stemEnglish'

/** Plain text, with the parts that matched the query marked. React escapes both on render. */
export type Segment = { text: string; mark: boolean }

const rangesIn = (text: string, units: QueryTerms['units']): [number, number][] => {
  const latin = new Set(units.filter((u) => !u.cjk).map((u) => u.text))
  const cjk = units.filter((u) => u.cjk).map((u) => u.text)
  const ranges: [number, number][] = []
  for (const word of splitWords(text)) {
    const end = word.start + word.text.length
    if (!word.cjk) {
      const stem = stemEnglish(foldText(word.text))
      if (stem && latin.has(stem)) ranges.push([word.start, end])
      continue
    }
    const folded = foldText(word.text)
    for (const unit of cjk) {
      if (folded.length !== word.text.length) {
        if (folded.includes(unit)) ranges.push([word.start, end])
        continue
      }
      for (let at = folded.indexOf(unit); at >= 0; at = folded.indexOf(unit, at + unit.length)) {
        ranges.push([word.start + at, word.start + at + unit.length])
      }
    }
  }
  return ranges.sort((a, b) => a[0] - b[0])
}

/**
 * `text` cut to about `length` characters around its first match, as segments. The caller
 * passes only public text: transcripts never come here.
 */
export const highlight = (text: string, units: QueryTerms['units'], length = Infinity): Segment[] => {
  const ranges = rangesIn(text, units)
  let from = 0
  let to = text.length
  if (text.length > length) {
    const first = ranges[0]?.[0] ?? 0
    from = first < length / 3 ? 0 : Math.max(0, text.lastIndexOf(' ', first - Math.floor(length / 4)) + 1)
    to = Math.min(text.length, from + length)
    const space = text.lastIndexOf(' ', to)
    if (to < text.length && space > from + length / 2) to = space
  }
  const segments: Segment[] = []
  const push = (part: string, mark: boolean) => {
    if (!part) return
    const last = segments[segments.length - 1]
    if (last && last.mark === mark) last.text += part
    else segments.push({ text: part, mark })
  }
  if (from > 0) push('… ', false)
  let at = from
  for (const [start, end] of ranges) {
    if (end <= at || start >= to) continue
    push(text.slice(at, Math.max(at, start)), false)
    push(text.slice(Math.max(at, start), Math.min(end, to)), true)
    at = Math.min(end, to)
  }
  push(text.slice(at, to), false)
  if (to < text.length) push(' …', false)
  return segments
}
