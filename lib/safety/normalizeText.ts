// Characters that are invisible on screen but split a word for a plain search: pasted text
// from messengers and word processors carries them, and they would hide a name from the guard.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

/**
 * The form the publish guard compares: compatibility forms folded (full-width digits and `＠`
 * become ASCII), accents dropped (Pyŏngyang is Pyongyang), lower case, one space for any run
 * of spaces. Hangul survives: its decomposed jamo are letters, not marks, and recompose.
 */
export const normalizeText = (text: string): string =>
  text
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
