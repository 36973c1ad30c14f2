// Apostrophes inside romanised names ("P'yŏngyang", "Ryu’gyong") are dropped, not split on:
// otherwise one spelling becomes two words and no longer meets the other spellings.
const APOSTROPHES = /['’ʼ‘`´]/g

/**
 * The form both the index and the query are compared in: compatibility forms folded (full-width
 * letters become ASCII), accents dropped ("Pyŏngyang" is "pyongyang"), lower case. NFKD splits
 * Hangul syllables into jamo, which are letters, not marks, so NFC puts them back together.
 */
export const foldText = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(APOSTROPHES, '')
