import { normalizeText } from './normalizeText'

/** What may stand between two letters of a name: spaces, hyphens, dots, apostrophes. */
const SEPARATOR_CLASS = "[\\s\\-\u2010\u2011\u2013\u2014_.\u00B7\u30FB'\u2019`]"
const SEPARATORS = new RegExp(`${SEPARATOR_CLASS}+`, 'gu')

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u
const HANGUL = /\p{Script=Hangul}/u

const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')

/**
 * A never-publish entry may list spellings of one name: "Ningbo / 닝보 / 寧波". A date such as
 * "7/4/2016" is one term, not three numbers that would flag every summary.
 */
export const splitVariants = (entry: string): string[] => {
  const parts = entry
    .split(/[/\uFF0F]/)
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length > 1 && parts.every((part) => /^\p{N}+$/u.test(part))) return [entry.trim()]
  return parts
}

/**
 * A regular expression source that finds `term` in normalised text regardless of case and
 * spacing ("류경 식당" is "류경식당", "Ning-bo" is "Ningbo").
 * - Latin words and numbers match whole words only: "Ningbo" is not in "Ningbos".
 * - Hangul terms match at the start of a word with anything after it, because Korean
 *   attaches particles: 류경 is in 류경에서 and 류경식당의, but not inside 교류경험.
 * - Hanzi and other scripts, written without spaces, match anywhere.
 */
export const termPattern = (term: string): string | null => {
  const letters = [...normalizeText(term).replace(SEPARATORS, '')]
  if (letters.length === 0) return null
  const body = letters.map(escapeRegExp).join(`${SEPARATOR_CLASS}*`)
  const first = letters[0]
  const last = letters[letters.length - 1]
  const lead = LATIN_OR_DIGIT.test(first)
    ? '(?<![\\p{Script=Latin}\\p{N}])'
    : HANGUL.test(first)
      ? '(?<!\\p{Script=Hangul})'
      : ''
  const trail = LATIN_OR_DIGIT.test(last) ? '(?![\\p{Script=Latin}\\p{N}])' : ''
  return `${lead}${body}${trail}`
}
