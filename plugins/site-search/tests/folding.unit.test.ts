import { describe, expect, it } from '@jest/globals'

import { fold } from '../lib/fold'
import { markText, snippet } from '../lib/highlight'
import { compileQuery } from '../lib/query'
import { addUserWords, charsOf, documentNumberPrefix, wordsOf } from '../lib/segment'

describe('folding', () => {
  it('folds traditional characters, full-width forms and case, keeping the length', () => {
    for (const [input, output] of [
      ['關於徵地拆遷', '关于征地拆迁'],
      ['ＡＢＣ１２３', 'abc123'],
      ['Gov　Site', 'gov site'],
    ]) {
      expect(fold(input)).toBe(output)
      expect(fold(input)).toHaveLength(input.length)
    }
  })

  it('makes every bracket style of a document number alike', () => {
    const forms = ['示环发〔2026〕3号', '示环发[2026]3号', '示环发(2026)3号', '示环发（2026）3号', '示环发【2026】3号']
    for (const form of forms) expect(fold(form)).toBe('示环发 2026 3号')
    expect(fold('示环发2026年3号')).toBe('示环发2026 3号')
    expect(wordsOf(fold('示环发2026年3号'))).toEqual(wordsOf(fold('示环发〔2026〕3号')))
    expect(documentNumberPrefix('示环发〔2026〕3号')).toBe('示环发')
  })
})

describe('segmentation', () => {
  it('keeps dictionary names whole and falls back to characters', () => {
    addUserWords(['区人社局', '征地拆迁'])
    expect(wordsOf(fold('区人社局关于征地拆迁的通知'))).toEqual(['区人社局', '关于', '征地拆迁', '的', '通知'])
    expect(charsOf('示环发 2026 3号')).toEqual(['示', '环', '发', '2026', '3', '号'])
    expect(compileQuery('税')?.must).toEqual([{ index: 'chars', tokens: ['税'] }])
    expect(compileQuery('征地拆迁', 'chars')?.must).toEqual([{ index: 'chars', tokens: ['征', '地', '拆', '迁'] }])
  })
})

describe('highlighting', () => {
  it('marks folded matches in the original text and escapes everything else', () => {
    expect(markText('關於<b>徵地拆遷</b>', ['征地拆迁'])).toBe('關於&lt;b&gt;<mark>徵地拆遷</mark>&lt;/b&gt;')
    expect(markText('<img src=x onerror=alert(1)>', ['img'])).toBe('&lt;<mark>img</mark> src=x onerror=alert(1)&gt;')
    const long = `${'前文'.repeat(100)}征地拆迁${'后文'.repeat(100)}`
    const cut = snippet(long, ['征地拆迁'])
    expect(cut).toContain('<mark>征地拆迁</mark>')
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true)
  })
})
