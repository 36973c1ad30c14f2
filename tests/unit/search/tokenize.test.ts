import { describe, expect, it } from 'vitest'

import { foldText } from '@/lib/search/text/foldText'
import { highlight } from '@/lib/search/text/highlight'
import { indexTerms } from '@/lib/search/text/indexTerms'
import { queryTerms } from '@/lib/search/text/queryTerms'
import { stripParticle } from '@/lib/search/text/stripParticle'

/** True when every term the query needs is among the text's index terms. */
const matches = (text: string, query: string) => {
  const terms = new Set(indexTerms(text))
  const { terms: needed } = queryTerms(query)
  return needed.length > 0 && needed.every((term) => terms.has(term))
}

describe('Korean', () => {
  it('finds a word inside a longer one through bigrams: 식당 in 식당에서', () => {
    expect(matches('식당에서 하루 최대 16시간씩 일했다.', '식당')).toBe(true)
    expect(indexTerms('식당에서')).toEqual(expect.arrayContaining(['식당', '당에', '에서']))
  })

  it('strips particles from query words, so any particle matches', () => {
    for (const word of ['식당에서', '식당은', '식당이', '식당을', '식당의', '식당으로', '식당들은', '식당에서는', '식당까지']) {
      expect(stripParticle(word), word).toBe('식당')
      expect(matches('그 식당은 닫혔다.', word), word).toBe(true)
    }
  })

  it('keeps two syllables when stripping a query word, so 나이 is not read as 나 + 이', () => {
    expect(stripParticle('나이')).toBe('나이')
    expect(queryTerms('나이').terms).toEqual(['나이'])
  })

  it('finds a one-syllable noun behind its particle: 팁 in 팁은', () => {
    expect(matches('팁은 모두 책임자에게 바쳤다.', '팁')).toBe(true)
    expect(matches('팁을 숨기면 처벌을 받았다.', '팁')).toBe(true)
  })

  it('does not match a word that is absent', () => {
    expect(matches('식당에서 일했다.', '여권')).toBe(false)
  })

  it('splits Hangul from Latin letters touching it, and treats Chinese characters like Hangul', () => {
    expect(indexTerms('KTV식당')).toEqual(expect.arrayContaining(['ktv', '식당']))
    expect(matches('玉流館', '玉流')).toBe(true)
  })
})

describe('English', () => {
  it('ignores case and accents, and folds full-width letters', () => {
    expect(foldText('Pyŏngyang ＷＡＧＥＳ Café')).toBe('pyongyang wages cafe')
    expect(matches('Shifts in Pyŏngyang', 'PYONGYANG')).toBe(true)
    expect(matches('Shifts in Pyongyang', 'Pyŏngyang')).toBe(true)
  })

  it('joins romanisations written with an apostrophe or a hyphen', () => {
    expect(matches("P'yŏngyang", 'pyongyang')).toBe(true)
    expect(matches('Ryugyong-gwan', 'ryugyonggwan')).toBe(true)
    expect(matches('Ryugyong-gwan', 'ryugyong gwan')).toBe(true)
  })

  it('meets singular and plural', () => {
    expect(matches('monthly wages', 'wage')).toBe(true)
    expect(matches('the restaurant', 'restaurants')).toBe(true)
    expect(matches('two cities', 'city')).toBe(true)
  })

  it('drops stopwords and lone letters from the query', () => {
    expect(queryTerms('the hours of a day').terms).toEqual(['hour', 'day'])
    expect(queryTerms('the of').terms).toEqual([])
  })
})

describe('highlight', () => {
  it('marks the matched part of a Korean word and whole English words, as plain segments', () => {
    expect(highlight('식당에서 일했다', queryTerms('식당').units)).toEqual([
      { text: '식당', mark: true },
      { text: '에서 일했다', mark: false },
    ])
    expect(highlight('Monthly Wages <b>', queryTerms('wage').units)).toEqual([
      { text: 'Monthly ', mark: false },
      { text: 'Wages', mark: true },
      { text: ' <b>', mark: false },
    ])
  })

  it('cuts long text around the first match', () => {
    const text = `${'word '.repeat(200)}needle ${'word '.repeat(200)}`
    const segments = highlight(text, queryTerms('needle').units, 120)
    const joined = segments.map((s) => s.text).join('')
    expect(joined.length).toBeLessThan(140)
    expect(joined.startsWith('… ')).toBe(true)
    expect(segments).toContainEqual({ text: 'needle', mark: true })
  })
})
