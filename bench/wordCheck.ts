/**
 * npm run bench:words — the pre-publication word check (plugins/site-inspection): time to find
 * every match of R rules in a body of N characters, the Aho–Corasick automaton against a naive
 * loop over the rules (String#indexOf per rule) in the same run. Median of BENCH_RUNS (15)
 * timed runs after a warm-up; compile time reported apart (the site compiles once per change
 * of the list). The last line is the 10,000 rules × 20,000 characters case.
 */
import { compileRules, findNaively } from '../plugins/site-inspection/lib/matcher'
import type { WordRule } from '../plugins/site-inspection/types'

const runs = Number(process.env.BENCH_RUNS || 15)
const alphabet =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处府研'

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function makeRules(count: number, next: () => number): WordRule[] {
  const patterns = new Set<string>()
  while (patterns.size < count) {
    const length = 3 + Math.floor(next() * 4)
    let word = ''
    for (let i = 0; i < length; i++) word += alphabet[Math.floor(next() * alphabet.length)]
    patterns.add(word)
  }
  return [...patterns].map((pattern) => ({ kind: 'wrong', pattern, replacement: `${pattern}正` }))
}

function makeText(length: number, rules: WordRule[], next: () => number): string {
  let text = ''
  while (text.length < length) {
    // Now and then a rule's word, so there is something to report.
    text +=
      next() < 0.002 ? rules[Math.floor(next() * rules.length)].pattern : alphabet[Math.floor(next() * alphabet.length)]
  }
  return text.slice(0, length)
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function time(fn: () => unknown) {
  fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

const next = random(15)
const rows: string[] = []
let headline = ''
console.info(`rules × chars → median of ${runs} runs (ms)`)
console.info('rules\tchars\tcompile\tautomaton\tnaive\tmatches\tspeed-up')
for (const ruleCount of [100, 1_000, 10_000]) {
  const rules = makeRules(ruleCount, next)
  const compileStart = performance.now()
  const compiled = compileRules(rules)
  const compileMs = performance.now() - compileStart
  for (const chars of [2_000, 20_000, 100_000]) {
    const text = makeText(chars, rules, next)
    const fast = compiled.find(text)
    const slow = findNaively(rules, text)
    if (fast.length !== slow.length) throw new Error(`matchers disagree: ${fast.length} vs ${slow.length}`)
    const automaton = time(() => compiled.find(text))
    const naive = time(() => findNaively(rules, text))
    const row = `${ruleCount}\t${chars}\t${compileMs.toFixed(0)}\t${automaton.toFixed(2)}\t${naive.toFixed(2)}\t${fast.length}\t${(naive / automaton).toFixed(1)}×`
    rows.push(row)
    console.info(row)
    if (ruleCount === 10_000 && chars === 20_000)
      headline = `10,000 rules × 20,000 chars: automaton ${automaton.toFixed(2)} ms, naive loop ${naive.toFixed(2)} ms (${(naive / automaton).toFixed(1)}× faster), compile ${compileMs.toFixed(0)} ms`
  }
}
console.info(headline)
