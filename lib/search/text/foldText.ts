// Apostrophes inside romanised names ("P'yŏngyang", "Ryu’gyong") are dropped, not split on:
// otherwise one spelling becomes two words and no longer meets the other spellings.
const APOSTROPHES = /['’ʼ‘`´]/g

// Only runs of characters other than ASCII and Hangul syllables need Unicode normalisation:
// both come out of NFKD + NFC unchanged, and skipping them makes indexing much cheaper.
const NEEDS_NORMALISING = /[^\x00-\x7f\uac00-\ud7a3]+/g

/**
 * The form both the index and the query are compared in: compatibility forms folded (full-width
 * letters become ASCII), accents dropped ("Pyŏngyang" is "pyongyang"), lower case. NFKD splits
 * Hangul syllables into jamo, which are letters, not marks, so NFC puts them back together.
 */
export const foldText = (text: string): string =>
  text
    .replace(NEEDS_NORMALISING, (run) => run.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC'))
    .toLowerCase()
    .replace(APOSTROPHES, '')
