// Chinese labels (with the English a researcher expects) for the archive's enums.

export type ArticleKind =
  'ARTICLE' | 'COMMENTARY' | 'PHOTO' | 'BRIEF' | 'ADVERTISEMENT' | 'NOTICE' | 'LISTING'
export type EntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION'

const kindLabels: Record<string, { zh: string; en: string }> = {
  ARTICLE: { zh: '文章', en: 'Article' },
  COMMENTARY: { zh: '评论', en: 'Commentary' },
  PHOTO: { zh: '图片', en: 'Photo' },
  BRIEF: { zh: '简讯', en: 'Brief' },
  ADVERTISEMENT: { zh: '广告', en: 'Advertisement' },
  NOTICE: { zh: '启事', en: 'Notice' },
  LISTING: { zh: '名单图表', en: 'Listing' },
}

const typeLabels: Record<string, { zh: string; en: string }> = {
  PERSON: { zh: '人物', en: 'Person' },
  LOCATION: { zh: '地点', en: 'Location' },
  ORGANIZATION: { zh: '机构', en: 'Organization' },
}

/** `kindLabel('PHOTO')` → `{ zh: '图片', en: 'Photo' }`; unknown kinds fall back to their own name. */
export function kindLabel(kind: string): { zh: string; en: string } {
  return kindLabels[kind] ?? { zh: kind, en: kind }
}

/** `typeLabel('PERSON')` → `{ zh: '人物', en: 'Person' }`. */
export function typeLabel(type: string): { zh: string; en: string } {
  return typeLabels[type] ?? { zh: type, en: type }
}

export const articleKinds: readonly ArticleKind[] = [
  'ARTICLE',
  'COMMENTARY',
  'PHOTO',
  'BRIEF',
  'ADVERTISEMENT',
  'NOTICE',
  'LISTING',
]
export const entityTypes: readonly EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION']

/** True for the kinds the API knows, so a query-string value can be passed on safely. */
export function isArticleKind(value: string): value is ArticleKind {
  return (articleKinds as readonly string[]).includes(value)
}

/** `pageLabel(4)` → `第4版`; page 0 means the source did not say. */
export function pageLabel(number: number): string {
  return number > 0 ? `第${number}版` : '版次不详'
}
