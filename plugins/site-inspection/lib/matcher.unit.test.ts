import { describe, expect, it } from '@jest/globals'

import { starterWordRules } from '../data/starterWordRules'
import type { WordRule } from '../types'
import { compileRules, findNaively } from './matcher'
import { matchTexts } from './texts'

const rule = (pattern: string, replacement?: string): WordRule => ({ kind: 'wrong', pattern, replacement })

describe('the word matcher', () => {
  it('finds every rule with UTF-16 positions, overlapping ones too', () => {
    const rules = compileRules([rule('扫黑险恶', '扫黑除恶'), rule('险恶专项', '除恶专项'), rule('布署', '部署')])
    const text = '深入开展扫黑险恶专项斗争，认真布署'
    expect(rules.find(text).map((hit) => [hit.start, hit.end, hit.rule.pattern])).toEqual([
      [4, 8, '扫黑险恶'],
      [6, 10, '险恶专项'],
      [15, 17, '布署'],
    ])
  })

  it('does not report a wrong form inside its own right form', () => {
    const rules = compileRules([{ kind: 'official-name', pattern: '国务院办公', replacement: '国务院办公厅' }])
    expect(rules.find('国务院办公厅印发')).toEqual([])
    expect(rules.find('国务院办公印发')).toHaveLength(1)
  })

  it('agrees with the naive loop on the starter list over mixed text', () => {
    const text = starterWordRules
      .slice(0, 80)
      .map((r, i) => `第${i}段${r.pattern}以及${r.replacement ?? ''}。`)
      .join('')
    const fast = compileRules(starterWordRules).find(text)
    const slow = findNaively(starterWordRules, text)
    expect(fast.map((h) => [h.start, h.rule.pattern])).toEqual(slow.map((h) => [h.start, h.rule.pattern]))
    expect(fast.length).toBeGreaterThanOrEqual(80)
  })

  it('handles an empty list, empty text and blank patterns', () => {
    expect(compileRules([]).find('任何文字')).toEqual([])
    expect(compileRules([rule('  ', 'x')]).size).toBe(0)
    expect(compileRules([rule('布署', '部署')]).find('')).toEqual([])
  })

  it('ships a starter list of at least 200 distinct rules whose right form differs', () => {
    expect(starterWordRules.length).toBeGreaterThanOrEqual(200)
    expect(new Set(starterWordRules.map((r) => r.pattern)).size).toBe(starterWordRules.length)
    for (const r of starterWordRules) expect(r.replacement).not.toBe(r.pattern)
  })

  it('reports field, position, suggestion and context per match', () => {
    const matches = matchTexts(compileRules([rule('布署', '部署')]), { title: '认真布署', body: '无' })
    expect(matches).toEqual([
      { field: 'title', start: 2, end: 4, word: '布署', kind: 'wrong', replacement: '部署', context: '认真布署' },
    ])
  })
})
