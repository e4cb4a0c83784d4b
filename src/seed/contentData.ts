/**
 * Phrases the demo notices are assembled from: realistic titles, document numbers and body
 * text of a district government (示范区). Deterministic: picked with the seeded generator.
 */

/** 发文字号 prefix per department short name (区府办 issues both 示政发 and 示政办发). */
export const documentPrefixes: Record<string, string> = {
  区府办: '示政办发',
  发改局: '示发改',
  教育局: '示教',
  财政局: '示财',
  人社局: '示人社',
  规划分局: '示规划',
  住建局: '示建',
  农业农村局: '示农',
  卫健局: '示卫健',
  市场监管局: '示市监',
  司法局: '示司',
  保密局: '示保密',
}

export const newsTitles = [
  '区政府召开常务会议研究部署{topic}工作',
  '区领导调研{topic}工作推进情况',
  '我区召开{topic}工作推进会',
  '{dept}组织开展{topic}专项检查',
  '我区{topic}工作取得阶段性成效',
  '区委区政府主要领导督导{topic}工作',
  '{dept}举办{topic}业务培训班',
]

export const topics = [
  '安全生产',
  '优化营商环境',
  '垃圾分类',
  '乡村振兴',
  '防汛防台',
  '城市更新',
  '民生实事项目',
  '义务教育优质均衡',
  '基层医疗卫生服务',
  '稳就业',
  '老旧小区改造',
  '河湖长制',
  '食品安全',
  '法治政府建设',
  '保密宣传教育',
  '文明乡村创建',
]

export const announcementTitles = [
  '关于{year}年度{topic}专项资金申报的公告',
  '关于开展{topic}工作的公告',
  '{dept}关于调整办公地址的公告',
  '关于{topic}有关事项的公告',
  '关于征集{year}年{topic}项目的公告',
]

export const notificationTitles = [
  '关于做好{year}年{topic}工作的通知',
  '关于印发《示范区{topic}工作方案》的通知',
  '关于开展{topic}大检查的通知',
  '关于进一步加强{topic}工作的通知',
  '关于做好{holiday}期间{topic}工作的通知',
]

export const holidays = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']

export const publicityTitles = [
  '{year}年{topic}拟补助项目公示',
  '关于{year}年度{topic}先进集体和先进个人的公示',
  '{village}村{topic}项目批前公示',
  '{year}年第{n}批{topic}名单公示',
]

export const landTitles = [
  '{village}村集体土地征收补偿安置方案公示',
  '{village}村征地拆迁补偿标准公告',
  '{village}片区房屋征收决定公告',
  '{village}村土地征收启动公告',
]

export const villages = ['东湖', '西山', '南岭', '北塘', '青石', '白沙', '金桥', '柳溪', '杨梅', '枫林', '大港', '新塘']

export const normativeTitles = [
  '示范区{topic}管理办法',
  '示范区{topic}实施细则',
  '示范区人民政府关于加强{topic}工作的若干意见',
  '示范区{topic}专项资金管理办法',
  '示范区{topic}奖励扶持政策实施办法',
]

export const personnelTitles = [
  '示范区人民政府关于{name}等同志职务任免的通知',
  '关于{name}同志任职的通知',
  '示范区人民政府关于{name}同志免职的通知',
  '{year}年度示范区公开招聘事业单位工作人员拟聘用人员公示',
]

export const personNames = [
  '王建国',
  '李晓明',
  '张丽华',
  '陈志强',
  '刘芳',
  '杨磊',
  '赵敏',
  '黄海涛',
  '周静',
  '吴斌',
  '徐红',
  '孙伟',
]

export const otherTitles = [
  '{year}年{dept}政府信息公开工作年度报告',
  '{dept}{year}年部门预算公开',
  '{dept}{year}年部门决算公开',
  '{topic}政策解读',
  '图解：{topic}政策要点',
]

export const secrecyTitles = [
  '保密宣传月活动方案',
  '关于开展{year}年保密自查自评工作的通知',
  '保密法律法规知识测试题',
  '涉密人员保密教育培训班顺利举办',
]

export const civilisedTitles = [
  '{village}村创建全国文明乡村工作纪实',
  '关于推荐{year}年度全国文明乡村候选村的公示',
  '{village}村移风易俗倡议书',
]

export const bodyParagraphs = [
  '为深入贯彻落实上级有关决策部署，切实做好{topic}工作，结合我区实际，现将有关事项通知如下。',
  '各街道（乡镇）、区级各部门要高度重视，明确责任分工，细化工作措施，确保各项任务落到实处。',
  '请各单位于规定时间内将工作进展情况报送{dept}，联系电话：0571-88001000。',
  '本公告自发布之日起施行。对公告内容如有异议，请在公示期内以书面形式向{dept}反映。',
  '{topic}工作事关人民群众切身利益，要坚持问题导向，加强督促检查，推动工作取得实效。',
  '附件：1. 申报表（样式） 2. 有关材料清单',
]

export const gazetteSections = ['区政府文件', '区政府办公室文件', '部门文件', '人事任免', '其他'] as const

/** Fills `{year}`, `{topic}` … in a template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
}
