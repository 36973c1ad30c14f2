import { foldText } from './foldText'
import { bigrams } from './bigrams'
import { splitWords } from './splitWords'
import { stemEnglish } from './stemEnglish'
import { stripParticle } from './stripParticle'

/** What a reader typed, as the units a match must contain, and the terms to look them up by. */
export type QueryTerms = {
  /** Latin stems and the Hangul/Chinese stems, as shown to the highlighter. */
  units: { text: string; cjk: boolean }[]
  /** Index terms, all of which a document must hold. */
  terms: string[]
}

/**
 * A Korean query word loses its particle before it becomes bigrams, so "식당에서" asks for
 * "식당" and finds "식당은" too; a one-syllable word is looked up whole.
 */
export const queryTerms = (query: string): QueryTerms => {
  const units: QueryTerms['units'] = []
  const terms = new Set<string>()
  for (const word of splitWords(foldText(query.slice(0, 200)))) {
    if (word.cjk) {
      const stem = stripParticle(word.text, 2)
      units.push({ text: stem, cjk: true })
      const pairs = bigrams(stem)
      for (const term of pairs.length > 0 ? pairs : [stem]) terms.add(term)
      continue
    }
    const stem = stemEnglish(word.text)
    if (!stem) continue
    units.push({ text: stem, cjk: false })
    terms.add(stem)
  }
  return { units, terms: [...terms].slice(0, 24) }
}
