/**
 * Realistic notice text for the benchmarks' seeds: sentences of the kind a district publishes,
 * drawn by a seeded generator so that every run (and both sides of a comparison) gets the
 * same text.
 */
const sentences = [
  '各单位要高度重视，切实加强组织领导，明确责任分工，确保各项工作落到实处。',
  '根据上级有关文件精神，结合我区实际，现就有关事项通知如下。',
  '坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。',
  '各街道、各部门要建立健全工作机制，加强督促检查，及时报送工作进展情况。',
  '对工作中发现的问题，要立行立改，形成长效机制。',
  '本公告自发布之日起施行，由区政府办公室负责解释。',
  '公示期间，如有异议，请以书面形式向区有关部门反映。',
  '进一步优化审批流程，压缩办理时限，提升政务服务效能。',
  '加大财政投入力度，统筹安排专项资金，保障重点项目顺利实施。',
  '深入开展宣传教育活动，营造全社会共同参与的良好氛围。',
  '严格落实属地管理责任和行业监管责任，守住安全底线。',
  '加强数据共享和业务协同，推进一网通办、一网统管。',
]

export function noticeText(seed: number) {
  let state = seed
  /** A linear congruential generator: the same numbers for the same seed on every run. */
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  /** About `length` characters on `subject`. */
  const text = (subject: string, length: number) => {
    let result = ''
    while (result.length < length) result += random() < 0.15 ? `${subject}工作要持续推进。` : pick(sentences)
    return result
  }
  return { random, pick, text }
}
