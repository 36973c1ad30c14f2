// Longest first, so "에서는" goes before "는" is tried. Korean glues these to the noun; a reader
// searching "식당" means "식당에서", "식당은" and "식당들의" alike.
const PARTICLES = [
  '에서부터', '으로부터', '에서는', '에게서', '으로는', '으로서', '으로써', '이라고', '이라는', '에서도', '까지는',
  '에서', '에게', '한테', '께서', '으로', '부터', '까지', '보다', '처럼', '마저', '조차', '이나', '이랑', '에는',
  '에도', '와는', '과는', '하고', '라고', '은', '는', '이', '가', '을', '를', '에', '의', '도', '로', '와', '과',
  '만', '랑',
]
const HANGUL = /^\p{Script=Hangul}+$/u

/**
 * The noun under a Korean word's particle ("식당에서" → "식당"), and under the plural "들"
 * ("식당들의" → "식당"), keeping at least `minLength` syllables so "나이" (age) is not read
 * as "나" (I) plus the particle "이" unless the caller accepts that.
 */
export const stripParticle = (word: string, minLength = 2): string => {
  if (!HANGUL.test(word)) return word
  let stem = word
  const particle = PARTICLES.find((p) => stem.endsWith(p) && stem.length - p.length >= minLength)
  if (particle) stem = stem.slice(0, -particle.length)
  if (stem.endsWith('들') && stem.length - 1 >= minLength) stem = stem.slice(0, -1)
  return stem
}
