/** Every pair of neighbouring characters: "식당에서" → 식당, 당에, 에서. */
export const bigrams = (word: string): string[] => {
  const chars = [...word]
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
  return out
}
