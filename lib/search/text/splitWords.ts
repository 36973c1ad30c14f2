/** Scripts written without spaces between words, or with particles glued to them. */
const CJK = '\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}'
const WORD = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}])+`, 'gu')
const IS_CJK = new RegExp(`^[${CJK}]`, 'u')

export type Word = { text: string; start: number; cjk: boolean }

/**
 * Runs of letters and digits, with a run of Hangul or Chinese characters kept apart from Latin
 * letters touching it ("KTV식당" is two words), each with its offset in `text`.
 */
export const splitWords = (text: string): Word[] => {
  const words: Word[] = []
  for (const match of text.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index ?? 0, cjk: IS_CJK.test(match[0]) })
  }
  return words
}
