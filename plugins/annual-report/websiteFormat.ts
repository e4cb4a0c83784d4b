/**
 * The items of the government website's annual form (政府网站工作年度报表, 国办函〔2018〕12号), in
 * the form's order. `computed` items come from the data; the others are entered in the yearly
 * figures (`site.*` for the identity, `websiteForm.*` for the rest). One table for the admin fields
 * and the form's outputs.
 */

export type WebsiteItem = {
  key: string
  section: string
  label: string
  kind: 'number' | 'text' | 'checkbox' | 'date'
  /** Where the value comes from: computed from the data, or the entered field's path. */
  source: 'computed' | `site.${string}` | `websiteForm.${string}`
}

const entered = (
  section: string,
  key: string,
  label: string,
  kind: WebsiteItem['kind'] = 'number',
  group: 'site' | 'websiteForm' = 'websiteForm',
): WebsiteItem => ({ key, section, label, kind, source: `${group}.${key}` })
const computed = (section: string, key: string, label: string): WebsiteItem => ({
  key,
  section,
  label,
  kind: 'number',
  source: 'computed',
})

const basic = '基本信息'
const visits = '网站访问'
const publishing = '信息发布'
const topical = '专栏专题'
const interpretation = '解读回应'
const services = '办事服务'
const interaction = '互动交流'
const security = '安全防护'
const media = '移动新媒体'
const innovation = '创新发展'
const filled = '填报信息'

export const websiteItems: WebsiteItem[] = [
  entered(basic, 'name', '网站名称', 'text', 'site'),
  entered(basic, 'homeUrl', '首页网址', 'text', 'site'),
  entered(basic, 'sponsor', '主办单位', 'text', 'site'),
  entered(basic, 'siteType', '网站类型', 'text', 'site'),
  entered(basic, 'idCode', '网站标识码', 'text', 'site'),
  entered(basic, 'icp', 'ICP备案号', 'text', 'site'),
  entered(basic, 'police', '公安机关备案号', 'text', 'site'),
  computed(visits, 'uniqueVisitors', '独立用户访问总量（单位：个）'),
  computed(visits, 'visits', '网站总访问量（单位：次）'),
  computed(publishing, 'published', '信息发布总数（单位：条）'),
  computed(publishing, 'overview', '概况类信息更新量'),
  computed(publishing, 'news', '政务动态信息更新量'),
  computed(publishing, 'catalogue', '信息公开目录信息更新量'),
  computed(topical, 'topicalMaintained', '专栏专题维护数量（单位：个）'),
  computed(topical, 'topicalNew', '新开设数量'),
  computed(topical, 'gazetteIssues', '政府公报发布期数'),
  entered(interpretation, 'interpretations', '解读信息发布总数（单位：条）'),
  entered(interpretation, 'interpretationMaterials', '解读材料数量'),
  entered(interpretation, 'interpretationProducts', '解读产品数量'),
  entered(interpretation, 'mediaArticles', '媒体评论文章数量'),
  entered(interpretation, 'responses', '回应公众关注热点或重大舆情数量（单位：次）'),
  entered(services, 'serviceCatalogue', '是否发布服务事项目录', 'checkbox'),
  entered(services, 'registeredUsers', '注册用户数（单位：万）'),
  entered(services, 'serviceItems', '政务服务事项数量（单位：项）'),
  entered(services, 'onlineItems', '可全程在线办理政务服务事项数量（单位：项）'),
  entered(services, 'casesTotal', '办件量总数（单位：件）'),
  entered(services, 'casesNatural', '自然人办件量'),
  entered(services, 'casesLegal', '法人办件量'),
  entered(interaction, 'unifiedPlatform', '是否使用统一平台', 'checkbox'),
  computed(interaction, 'messagesReceived', '留言办理：收到留言数量（单位：条）'),
  computed(interaction, 'messagesClosed', '办结留言数量（单位：条）'),
  computed(interaction, 'averageDays', '平均办理时间（单位：天）'),
  computed(interaction, 'repliesPublished', '公开答复数量（单位：条）'),
  entered(interaction, 'consultationsHeld', '征集调查：征集调查期数（单位：期）'),
  entered(interaction, 'opinionsReceived', '收到意见数量（单位：条）'),
  entered(interaction, 'resultsPublished', '公布调查结果期数（单位：期）'),
  entered(interaction, 'interviewsHeld', '在线访谈：访谈期数（单位：期）'),
  entered(interaction, 'interviewQuestions', '网民留言数量（单位：条）'),
  entered(interaction, 'interviewAnswered', '答复网民提问数量（单位：条）'),
  entered(interaction, 'smartQa', '是否提供智能问答', 'checkbox'),
  entered(security, 'securityChecks', '安全检测评估次数（单位：次）'),
  entered(security, 'problemsFound', '发现问题数量（单位：个）'),
  entered(security, 'problemsFixed', '问题整改数量（单位：个）'),
  entered(security, 'monitoring', '是否建立安全监测预警机制', 'checkbox'),
  entered(security, 'drills', '开展应急演练次数（单位：次）'),
  entered(security, 'responsible', '网站安全责任人', 'text'),
  entered(media, 'weibo', '微博：名称', 'text'),
  entered(media, 'weiboPosts', '微博信息发布量（单位：条）'),
  entered(media, 'wechat', '微信：名称', 'text'),
  entered(media, 'wechatPosts', '微信信息发布量（单位：条）'),
  entered(media, 'otherMedia', '其他新媒体', 'text'),
  entered(innovation, 'searchService', '搜索即服务', 'checkbox'),
  entered(innovation, 'multilingual', '多语言版本', 'checkbox'),
  entered(innovation, 'accessibility', '无障碍浏览', 'checkbox'),
  entered(innovation, 'otherInnovation', '其他', 'text'),
  entered(filled, 'approvedBy', '单位负责人', 'text'),
  entered(filled, 'filledBy', '填报人', 'text'),
  entered(filled, 'phone', '联系电话', 'text'),
  entered(filled, 'filledOn', '填报日期', 'date'),
]
