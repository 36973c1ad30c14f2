// Words too common to narrow a search; dropping them keeps "hours of work" from requiring "of".
const STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that',
  'the', 'this', 'to', 'was', 'were', 'with',
])

/**
 * A deliberately small English stemmer: plurals only ("wages" → "wage", "cities" → "city").
 * Index and query use the same one, so a reader's "restaurant" meets "restaurants" without the
 * memory a prefix index would cost at 100,000 documents. Null for stopwords and lone letters.
 */
export const stemEnglish = (word: string): string | null => {
  if (STOPWORDS.has(word)) return null
  if (/^\d+$/.test(word)) return word
  if (word.length < 2) return null
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}
