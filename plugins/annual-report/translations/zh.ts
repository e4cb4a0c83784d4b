/** Admin texts of the annual-report plugin, merged into `config.i18n.translations.zh`. */
export const zh = {
  annualReport: {
    reportView: '年度报告',
    year: '年度',
    checksPassed: '全部核对通过',
    checksFailed: '核对未通过',
    download: '下载',
    overdue: '已超期',
    dueSoon: '即将到期',
    notAllowed: '只有统计人员和管理员可以查看年度报告',
    badYear: '年度须为2000至2100之间的四位数字',
    badTable: '表格参数须为 2、3 或 4',
  },
}
