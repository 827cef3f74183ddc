// News agencies and papers that sign bylines, datelines and photo credits.

/**
 * Agencies as printed, longest first so that a prefix match takes the full name (`人民日报海外版` before `人民日报`).
 * `本报` ("this paper") stands for the publication itself.
 */
export const AGENCIES: readonly string[] = [
  '人民日报海外版',
  '人民日报',
  '新华社',
  '本报',
  '中新社',
  '中新网',
  '新华网',
  '人民网',
  '光明日报',
  '经济日报',
  '解放军报',
  '中国日报',
  '央视新闻',
  '央视',
  '中央广播电视总台',
  '法制日报',
  '工人日报',
  '农民日报',
  '中国青年报',
  '科技日报',
].sort((a, b) => b.length - a.length)
