/**
 * Removes personal data from the public version of a letter (公开答复去除个人信息): the writer's
 * name is masked (张三 → 张*), and phone numbers, ID-card and bank-card numbers, e-mail addresses,
 * QQ and WeChat ids, licence plates, home addresses and the names of other people (a neighbour, a
 * "王先生") are replaced wherever they appear in the text.
 *
 * Matching runs on a copy in which full-width letters, digits and separators are their ASCII forms
 * (１３８ → 138) and the same length, so a match's position is its position in the original, and
 * the published text keeps its own punctuation. Numbers are found as runs of digits joined by
 * single separators (138.1234.5678, 330106 19900101 1234) and judged by their digits alone.
 */

export const redactedMark = '[已隐去]'

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to ASCII, and dashes and dots to `-`/`.`: one code unit each. */
function normalise(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else if ('‐‑‒–—―−'.includes(char)) out += '-'
    else if ('·・•．'.includes(char)) out += '.'
    else out += char
  }
  return out
}

type Range = { start: number; end: number; replacement: string }

/** A plausible resident-ID date: 19xx/20xx, month 01–12, day 01–31. */
const idDate = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/

/** Whether the digits (separators removed; a trailing X allowed for IDs) are personal data. */
function isPersonalNumber(digits: string, plus: boolean): boolean {
  if (/^[1-9]\d{16}[\dX]$/i.test(digits)) return idDate.test(digits.slice(6, 14))
  if (/X$/i.test(digits)) return false
  if (/^[1-9]\d{14}$/.test(digits) && /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(digits.slice(6, 12)))
    return true
  const national = digits.replace(/^(?:0086|86)(?=\d{9,11}$)/, '')
  const hadCountryCode = national !== digits || plus
  if (/^1[3-9]\d{9}$/.test(national)) return true
  // Landline: 0 + area code (2–3 more digits) + 7–8 digits; after +86 the 0 is dropped.
  if (/^0[1-9]\d{8,10}$/.test(national)) return true
  if (hadCountryCode && /^[1-9]\d{8,10}$/.test(national)) return true
  if (/^\d{16,19}$/.test(digits)) return true
  return false
}

/**
 * Runs of digits joined by single spaces, dots or dashes, optionally after `+`, not touching
 * another letter or digit. A run that is not personal as a whole is tried group by group, so two
 * numbers written side by side ("13812345678 13912345678") are both found.
 */
const digitRun = /(?<![0-9A-Za-z.])\+?\d(?:[ .-]?\d)*(?:[ .-]?[Xx])?(?![0-9A-Za-z])/g

function numberRanges(normal: string): Range[] {
  const ranges: Range[] = []
  for (const match of normal.matchAll(digitRun)) {
    const text = match[0]
    const start = match.index
    const plus = text.startsWith('+')
    const digitsOf = (part: string) => part.replace(/[^0-9Xx]/g, '')
    if (isPersonalNumber(digitsOf(text), plus)) {
      ranges.push({ start, end: start + text.length, replacement: redactedMark })
      continue
    }
    // Group by group: the longest stretch of groups from each position that is personal.
    const groups: { start: number; end: number }[] = []
    for (const group of text.matchAll(/\+?[0-9Xx]+/g)) {
      groups.push({ start: start + group.index, end: start + group.index + group[0].length })
    }
    for (let i = 0; i < groups.length;) {
      let taken = 0
      for (let j = groups.length; j > i + 1; j--) {
        const piece = normal.slice(groups[i].start, groups[j - 1].end)
        if (isPersonalNumber(digitsOf(piece), piece.startsWith('+'))) {
          ranges.push({ start: groups[i].start, end: groups[j - 1].end, replacement: redactedMark })
          taken = j - i
          break
        }
      }
      if (!taken && isPersonalNumber(digitsOf(normal.slice(groups[i].start, groups[i].end)), false)) {
        ranges.push({ start: groups[i].start, end: groups[i].end, replacement: redactedMark })
        taken = 1
      }
      i += taken || 1
    }
  }
  return ranges
}

/** A pattern whose group `keep` (if any) stays and the rest of the match is masked. */
type Rule = { pattern: RegExp; keep?: number; when?: (match: RegExpExecArray, normal: string) => boolean }

const provinces = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'

/** Common surnames (百家姓 by frequency): a name is a surname and one or two more characters. */
const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
const compoundSurnames = '欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐'
/** Characters that end a name rather than continue it (verbs, particles) after a relation word. */
const notInName = '说的在是和与及把被从向给也都就又还曾已家等了们要让对将因'
const nameAfterSurname = `(?:${compoundSurnames}|[${surnames}])[\\u4e00-\\u9fa5](?:(?![${notInName}])[\\u4e00-\\u9fa5])?`

/** People named by their relation to the writer or a label (邻居张三, 姓名：李四, 我丈夫王五). */
const relationWords =
  '邻居|丈夫|妻子|老公|老婆|爱人|儿子|女儿|父亲|母亲|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|同事|房东|租户|业主|朋友|同学|孩子|姓名|名叫|叫做|联系人|当事人|负责人|工作人员|员工|司机'
/** Forms of address that follow a person's name; job titles are left out (全体医生, 高级经理 are no names). */
const honorifics = '先生|女士|小姐|师傅|阿姨|大爷|大妈'

/** Building, unit, room: parts of a home address (3栋2单元501室, 12号楼, 3-2-501室). */
const addressUnit = '(?:号院|号楼|号|幢|栋|座|单元|室|层|楼)'
const addressDetail = new RegExp(
  `\\d+(?:-\\d+){1,3}(?:室|号)|\\d+${addressUnit}(?:[ -]?\\d+${addressUnit})*(?:[ -]?\\d+)?`,
  'g',
)

const rules: Rule[] = [
  { pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  // QQ 123456789, QQ号：123456789, 扣扣 12345.
  { pattern: /((?:QQ|qq|Qq|扣扣)(?:号码|号)?[:\s]*)\d{5,11}(?![0-9])/g, keep: 1 },
  // 微信 zhang_san88, 微信号：wxid_abc123, vx: 13812345678.
  {
    pattern:
      /((?:微信|威信|薇信|V信|v信|vx|VX|wechat|WeChat|weixin|wxid)(?:号码|号|ID|id)?[:\s]*)(?:[A-Za-z][-_A-Za-z0-9]{5,19}|\d{5,11})(?![-_A-Za-z0-9])/g,
    keep: 1,
  },
  // Licence plates: province + letter + 5 (6 new-energy) characters, or 4 + 挂/学/警/港/澳.
  {
    pattern: new RegExp(
      `[${provinces}][A-Za-z][ .-]?[A-Za-z0-9]{5,6}(?![A-Za-z0-9])|[${provinces}][A-Za-z][ .-]?[A-Za-z0-9]{4}[挂学警港澳]`,
      'g',
    ),
  },
  // 7–8 digit local numbers right after a phone word (电话 88881234).
  { pattern: /((?:电话|手机|座机|联系方式|号码|tel|phone)[:\s]*)\d{3,4}[ -]?\d{4}(?![ .-]?[0-9])/gi, keep: 1 },
  // Landline with the area code in brackets: (0571)87654321, （010） 1234 5678.
  { pattern: /\(0\d{2,3}\)[ -]?\d{3,4}[ -]?\d{4}(?![0-9])/g },
  {
    pattern: addressDetail,
    // A house number alone may be an office or a shop; with a building or room, or after 住/地址, it is a home.
    when: (match, normal) =>
      /幢|栋|单元|室|号楼|-/.test(match[0]) ||
      /(?:住|地址|家在|住址|居住|寄到|送到)[^，。；！？,.;!?]{0,15}$/.test(
        normal.slice(Math.max(0, match.index - 16), match.index),
      ),
  },
]

/** Other people's names, masked like the writer's: the surname stays. */
const nameRules: RegExp[] = [
  // A function word right after the relation word starts no name (工作人员和医生).
  new RegExp(
    `((?:${relationWords})(?:是|叫|为)?[:\\s]*)(?![和与及于向时从对将把被给在为是也都就又还曾已])(${nameAfterSurname})`,
    'g',
  ),
  new RegExp(`()(${nameAfterSurname})(?=${honorifics})`, 'g'),
]

/** 张三 → 张*, 欧阳娜娜 → 欧***: only the first character stays. Latin names keep their initial. */
export function maskName(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim()
  if (!trimmed) return '匿名'
  const characters = Array.from(trimmed)
  if (/^[A-Za-z]/.test(trimmed)) return `${characters[0]}***`
  return `${characters[0]}${'*'.repeat(Math.max(1, Math.min(characters.length - 1, 3)))}`
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Replaces personal data inside free text; `names` (the writer's) are masked where they occur. */
export function redactText(text: string | null | undefined, names: (string | null | undefined)[] = []): string {
  const original = text ?? ''
  const normal = normalise(original)
  const ranges: Range[] = []
  for (const name of names) {
    const trimmed = name?.trim()
    if (!trimmed || Array.from(trimmed).length < 2) continue
    for (const match of normal.matchAll(new RegExp(escapeRegExp(normalise(trimmed)), 'g'))) {
      ranges.push({ start: match.index, end: match.index + match[0].length, replacement: maskName(trimmed) })
    }
  }
  for (const { pattern, keep, when } of rules) {
    for (const match of normal.matchAll(pattern)) {
      if (when && !when(match as RegExpExecArray, normal)) continue
      const kept = keep ? match[keep].length : 0
      ranges.push({ start: match.index + kept, end: match.index + match[0].length, replacement: redactedMark })
    }
  }
  ranges.push(...numberRanges(normal))
  for (const pattern of nameRules) {
    for (const match of normal.matchAll(pattern)) {
      const start = match.index + match[1].length
      ranges.push({ start, end: start + match[2].length, replacement: maskName(match[2]) })
    }
  }
  // Earlier (and so more specific) ranges win; a later one overlapping them is dropped.
  const chosen: Range[] = []
  for (const range of ranges) {
    if (range.end <= range.start) continue
    if (chosen.some((other) => range.start < other.end && other.start < range.end)) continue
    chosen.push(range)
  }
  chosen.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const range of chosen) {
    out += original.slice(at, range.start) + range.replacement
    at = range.end
  }
  return out + original.slice(at)
}
