// Titles that say what kind of item they head: an advertisement, a notice, a listing.

/** Titles of paid notices. */
export const ADVERTISEMENT_TITLES: readonly string[] = ['广告', '广而告之', '公益广告']

/** Title endings of announcements in an office's own voice: `庆新春新闻摄影比赛启事`. */
export const NOTICE_ENDINGS: readonly string[] = [
  '启事',
  '公告',
  '通告',
  '讣告',
  '敬告',
  '告示',
  '征稿',
  '征订',
]

/**
 * Title endings of tables and lists: `…委员名单`, `明天气象预报（…）`. Brackets after the ending (a period, a
 * unit) do not count.
 */
export const LISTING_ENDINGS: readonly string[] = [
  '名单',
  '名录',
  '一览',
  '一览表',
  '排行榜',
  '天气预报',
  '气象预报',
]
