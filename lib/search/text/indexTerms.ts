import { bigrams } from './bigrams'
import { foldText } from './foldText'
import { splitWords } from './splitWords'
import { stemEnglish } from './stemEnglish'
import { stripParticle } from './stripParticle'

/**
 * The terms a text is indexed under. Hangul and Chinese runs give their character bigrams, so a
 * two-syllable query finds the word inside any longer one ("식당" in "식당에서"), plus a lone
 * syllable when a particle was its only company ("팁은" → "팁"). Latin words give one stem each;
 * a hyphenated name also gives its joined form ("Ryugyong-gwan" → "ryugyonggwan").
 */
export const indexTerms = (text: string): string[] => {
  const folded = foldText(text)
  const terms = new Set<string>()
  const words = splitWords(folded)
  words.forEach((word, i) => {
    if (word.cjk) {
      const chars = [...word.text]
      if (chars.length === 1) terms.add(word.text)
      for (const pair of bigrams(word.text)) terms.add(pair)
      const stem = stripParticle(word.text, 1)
      if ([...stem].length === 1) terms.add(stem)
      return
    }
    const stem = stemEnglish(word.text)
    if (stem) terms.add(stem)
    const next = words[i + 1]
    if (next && !next.cjk && folded[word.start + word.text.length] === '-' && next.start === word.start + word.text.length + 1) {
      const joined = stemEnglish(word.text + next.text)
      if (joined) terms.add(joined)
    }
  })
  return [...terms]
}
