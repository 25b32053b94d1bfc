import type { LocaleModule } from 'plotly.js-dist-min/src/types/core/api';

/**
 * Plotly's zh-CN locale for the phrases the workbench's charts can show (mode bar, zoom hints) and Chinese date
 * parts. plotly.js-dist-min ships no locale files, so the dictionary is kept here and registered with
 * `Plotly.register` before the first chart is drawn.
 */
export const plotlyLocaleZhCN = {
  moduleType: 'locale',
  name: 'zh-CN',
  dictionary: {
    Autoscale: '自动缩放',
    'Box Select': '框选',
    'Lasso Select': '套索选择',
    'Compare data on hover': '悬停时比较数据',
    'Show closest data on hover': '悬停时显示最近的数据',
    'Toggle show closest data on hover': '切换悬停时显示最近的数据',
    'Toggle Spike Lines': '切换辅助线',
    'Double-click on legend to isolate one trace': '双击图例可单独显示一条曲线',
    'Double-click to zoom back out': '双击恢复缩放',
    'Download plot as a png': '下载为 PNG 图片',
    'Download plot': '下载图表',
    Pan: '平移',
    'Produced with Plotly.js': '由 Plotly.js 绘制',
    Reset: '重置',
    'Reset axes': '重置坐标轴',
    'Reset view': '重置视图',
    'Reset views': '重置视图',
    'Snapshot succeeded': '图片已生成',
    'Sorry, there was a problem downloading your snapshot!': '抱歉，下载图片时出错！',
    'Taking snapshot - this may take a few seconds': '正在生成图片，请稍候',
    Zoom: '缩放',
    'Zoom in': '放大',
    'Zoom out': '缩小',
    trace: '曲线',
  },
  format: {
    days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
    shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    date: '%Y-%m-%d',
    decimal: '.',
    thousands: ',',
  },
} satisfies LocaleModule;

/** Plotly's locale id for a UI language. */
export function plotlyLocale(lang: 'zh-CN' | 'en'): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}
