import { describe, expect, it } from 'vitest'

import type { Fact } from '@/payload-types'
import { csvCell } from '@/lib/site/facts/csvCell'
import { factsCsv } from '@/lib/site/facts/factsCsv'

describe('csvCell', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "no"')).toBe('"say ""no"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(16)).toBe('16')
  })

  it('neutralises spreadsheet formulas with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
    expect(csvCell('a=1')).toBe('a=1')
  })
})

const fact = (fields: Partial<Fact>): Fact =>
  ({
    id: 'f1',
    kind: 'monthly-wage-usd',
    statement: 'Workers are paid about $150 a month.',
    confidence: 'reported',
    sources: [],
    updatedAt: '',
    createdAt: '',
    _status: 'published',
    ...fields,
  }) as Fact

describe('factsCsv', () => {
  it('writes a header, one row per fact, its sources, and a BOM for spreadsheets', () => {
    const csv = factsCsv(
      [
        fact({
          value: 150,
          country: 'CN',
          sources: [
            { id: 's1', title: 'A, source', kind: 'news', reliability: 'high', url: 'https://example.org/a', _status: 'published', updatedAt: '', createdAt: '' },
            { id: 's2', title: 'Draft source', kind: 'news', reliability: 'high', _status: 'draft', updatedAt: '', createdAt: '' },
          ],
        }),
      ],
      'en',
      'https://archive.example',
    )
    expect(csv.startsWith('\uFEFFid,kind,kind_label,value')).toBe(true)
    const lines = csv.trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('"A, source"')
    expect(lines[1]).toContain('https://example.org/a')
    expect(lines[1]).toContain('https://archive.example/en/sources#source-s1')
    expect(lines[1]).not.toContain('Draft source')
  })

  it('neutralises a formula planted in a statement', () => {
    const csv = factsCsv([fact({ statement: '=cmd|"/c calc"!A1' })], 'en', 'https://archive.example')
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`)
  })
})
