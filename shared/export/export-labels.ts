/** Languages the exports are written in (the UI language). */
export type ExportLang = 'zh-CN' | 'en';

const ZH = {
  summarySheet: '汇总',
  yearlySheet: '逐年数据',
  varianceSheet: '情景对比',
  indicator: '指标',
  unit: '单位',
  year: '年份',
  value: '数值',
  growth: '增速',
  cumulative: '累计',
  target: '目标路径',
  gap: '差距',
  gapPct: '差距率',
  source: '来源',
  actual: '实际完成数',
  projected: '推算',
  projectedAt: (year: number) => `${year}年推算值`,
  targetAt: (year: number) => `${year}年目标`,
  required: '所需年均增速',
  achieved: '推算年均增速',
  targetRate: '目标年均增速',
  status: '是否达标',
  onTrack: '达标',
  offTrack: '未达标',
  baselineAt: (year: number) => `基准（冻结）${year}年`,
  scenarioValue: (name: string) => `${name}：推算值`,
  scenarioVsBaseline: (name: string) => `${name}：较基准`,
  scenarioVsBaselinePct: (name: string) => `${name}：较基准%`,
  scenarioGap: (name: string) => `${name}：差距`,
  scenario: '情景',
  exportedOn: '导出日期',
  keyAssumptions: '主要假设',
  seed: '随机种子',
  paths: '路径数',
  planBaseline: '沿用规划基线',
  separator: '；',
  colon: '：',
  partSeparator: ' ｜ ',
};

type Labels = typeof ZH;

const EN: Labels = {
  summarySheet: 'Summary',
  yearlySheet: 'Yearly data',
  varianceSheet: 'Comparison',
  indicator: 'Indicator',
  unit: 'Unit',
  year: 'Year',
  value: 'Value',
  growth: 'Growth',
  cumulative: 'Cumulative',
  target: 'Target path',
  gap: 'Gap',
  gapPct: 'Gap %',
  source: 'Source',
  actual: 'Actual',
  projected: 'Projected',
  projectedAt: (year) => `Projected ${year}`,
  targetAt: (year) => `Target ${year}`,
  required: 'Required growth / yr',
  achieved: 'Projected growth / yr',
  targetRate: 'Target growth / yr',
  status: 'On track',
  onTrack: 'yes',
  offTrack: 'no',
  baselineAt: (year) => `Baseline (frozen) ${year}`,
  scenarioValue: (name) => `${name}: projected`,
  scenarioVsBaseline: (name) => `${name}: vs baseline`,
  scenarioVsBaselinePct: (name) => `${name}: vs baseline %`,
  scenarioGap: (name) => `${name}: gap`,
  scenario: 'Scenario',
  exportedOn: 'Exported',
  keyAssumptions: 'Key assumptions',
  seed: 'seed',
  paths: 'paths',
  planBaseline: 'plan baseline',
  separator: '; ',
  colon: ': ',
  partSeparator: ' | ',
};

/** The export texts (sheet names, column headers, footnote words) in one language. */
export function exportLabels(lang: ExportLang): Labels {
  return lang === 'en' ? EN : ZH;
}

/** A bilingual text in the export language. */
export function pick(text: { zh: string; en: string }, lang: ExportLang): string {
  return lang === 'en' ? text.en : text.zh;
}
