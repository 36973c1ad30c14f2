import { describe, expect, it } from 'vitest'

import { checkPublicText, type PublicTextInput } from '@/lib/safety/checkPublicText'

const summary = (text: string, locale = 'en') => ({ field: 'summary', locale, value: text })
const rulesFound = (text: string, extra: Partial<PublicTextInput> = {}, locale = 'en') =>
  checkPublicText({ texts: [summary(text, locale)], ...extra }).map((f) => f.rule)
const flagged = (text: string, extra: Partial<PublicTextInput> = {}, locale = 'en') =>
  rulesFound(text, extra, locale).length > 0

describe('checkPublicText: full dates', () => {
  it.each([
    ['She left on 12 March with two others.', 'en'],
    ['She left on March 12 with two others.', 'en'],
    ['She left on the 12th of March.', 'en'],
    ['They left on 2016-04-07.', 'en'],
    ['They left on 2016.4.7.', 'en'],
    ['They left on 7/4/2016.', 'en'],
    ['They left on 07.04.16 at night.', 'en'],
    ['2016년 4월 7일에 떠났다.', 'ko'],
    ['4월7일 밤에 떠났다.', 'ko'],
    ['그녀는 ４월 ７일에 떠났다.', 'ko'],
    ['她4月7日离开。', 'ko'],
  ])('refuses %s', (text, locale) => {
    expect(rulesFound(text, {}, locale).some((rule) => rule.startsWith('date-'))).toBe(true)
  })

  it.each([
    'She worked there from 2014 to 2016.',
    'In March 2016 the group left.',
    'Wages were about $150 a month, 14 hours a day.',
    '2016년 3월에 떠났다.',
    '하루 16시간, 한 달에 150달러.',
    'Four women shared one room; 13 workers left in 2016.',
  ])('lets %s through', (text) => {
    expect(rulesFound(text)).toEqual([])
  })
})

describe('checkPublicText: contact details', () => {
  it.each([
    ['Call +86 138 1234 5678.', 'phone-international'],
    ['Her number was 010-1234-5678.', 'phone-grouped'],
    ['전화 01012345678로 연락했다.', 'long-number'],
    ['Write to someone.name@example.com today.', 'email'],
    ['Write to someone (at) example (dot) com.', 'email'],
    ['Her handle was @pyongyang_rose.', 'handle'],
    ['wechat: rose1990', 'messenger-id-colon'],
    ['Her WeChat ID was given to customers.', 'messenger-id'],
    ['그녀의 카톡 아이디를 받았다.', 'messenger-id-korean'],
    ['위챗 아이디는 rose다.', 'messenger-id-korean'],
    ['See facebook.com/rose.kim', 'social-link'],
    ['See https://www.instagram.com/rose', 'social-link'],
    ['See x.com/rose', 'social-link'],
    ['t.me/rosekim', 'social-link'],
    ['vk.com/id123', 'social-link'],
    ['weibo.com/u/1', 'social-link'],
    ['open.kakao.com/o/abc', 'social-link'],
  ])('refuses %s', (text, rule) => {
    expect(rulesFound(text)).toContain(rule)
  })

  it('checks the address behind a link, not only its words', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'She kept ' },
              { type: 'link', fields: { url: 'https://facebook.com/someone' }, children: [{ type: 'text', text: 'a page' }] },
            ],
          },
        ],
      },
    }
    expect(checkPublicText({ texts: [{ field: 'summary', locale: 'en', value }] }).map((f) => f.rule)).toContain('social-link')
  })

  it.each(['Managers watched the staff on WeChat.', 'Files were kept on box.com.', 'The line manager kept records.'])(
    'is not fooled by %s',
    (text) => expect(rulesFound(text)).toEqual([]),
  )
})

describe('checkPublicText: never-publish terms', () => {
  const terms = { neverPublish: ['류경', 'Ningbo / 닝보 / 寧波', 'Blue door canteen', '7/4/2016'] }

  it.each([
    ['They met at the Blue Door Canteen.', 'en'],
    ['They met at the blue  door canteen.', 'en'],
    ['They met at the Blue-door canteen.', 'en'],
    ['They met in NINGBO.', 'en'],
    ['They met in Ning-bo.', 'en'],
    ['닝보에서 만났다.', 'ko'],
    ['寧波에서 만났다.', 'ko'],
    ['류경에서 일했다.', 'ko'],
    ['류경식당의 종업원이었다.', 'ko'],
    ['류 경 식당에서 일했다.', 'ko'],
  ])('finds a listed term in %s', (text, locale) => {
    expect(rulesFound(text, terms, locale)).toContain('never-publish')
  })

  it.each([
    ['교류경험이 있었다.', 'ko'],
    ['The Ningbos were not involved.', 'en'],
    ['She earned 7 dollars on 4 days in 2016.', 'en'],
  ])('does not flag %s', (text, locale) => {
    expect(rulesFound(text, terms, locale)).not.toContain('never-publish')
  })

  it('matches Latin terms on word boundaries even before a Korean particle', () => {
    expect(rulesFound('Ningbo에서 일했다.', terms, 'ko')).toContain('never-publish')
  })
})

describe('checkPublicText: restaurant and city against disclosure', () => {
  const restaurant = { names: ['Pyongyang Garden', '평양 정원'], city: 'Ningbo' }
  const text = 'She worked at Pyongyang Garden in Ningbo.'
  const koText = '닝보의 평양정원에서 일했다.'

  it('refuses the name and the city at country disclosure, in both languages', () => {
    expect(rulesFound(text, { restaurant })).toEqual(expect.arrayContaining(['restaurant-name', 'city']))
    expect(rulesFound(koText, { restaurant }, 'ko')).toEqual(expect.arrayContaining(['restaurant-name', 'city']))
  })

  it('allows the city at city disclosure, but not the name', () => {
    expect(rulesFound(text, { restaurant, disclosure: 'city' })).toEqual(['restaurant-name'])
  })

  it('allows both at restaurant disclosure', () => {
    expect(rulesFound(text, { restaurant, disclosure: 'restaurant' })).toEqual([])
  })

  it('finds the city under a spelling the editor never typed', () => {
    expect(rulesFound('영파에서 일했다.', { restaurant }, 'ko')).toContain('city')
  })
})

describe('checkPublicText: editor rules and findings', () => {
  it('applies an editor-added pattern', () => {
    const extraRules = [{ id: 'r1', label: 'a dormitory room number', pattern: 'room\\s*\\d+' }]
    expect(rulesFound('They shared Room 302.', { extraRules })).toEqual(['guard-rule:r1'])
  })

  it('ignores a broken pattern rather than failing every publication', () => {
    expect(rulesFound('12 March', { extraRules: [{ id: 'bad', label: 'x', pattern: '(' }] })).toContain('date-day-month')
  })

  it('names the field, the locale and the reason', () => {
    const [finding] = checkPublicText({ texts: [{ field: 'title', locale: 'ko', value: '4월 7일의 탈출' }] })
    expect(finding).toMatchObject({ field: 'title', locale: 'ko', rule: 'date-korean', match: '4월 7일' })
    expect(finding.reason).toMatch(/date/)
  })

  it('sees through invisible characters and full-width forms', () => {
    expect(rulesFound('Ning\u200Bbo', { neverPublish: ['Ningbo'] })).toContain('never-publish')
    expect(rulesFound('ｒｏｓｅ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toContain('email')
  })
})
