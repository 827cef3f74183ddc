// Abbreviated mentions that the PKU corpus leaves untagged (`中/j 美/j`, `访华/v`, `欧盟/j`), for the full convention.

/**
 * Words that hold a place in abbreviated form, with the place in brackets: `访[华]` is a visit to China,
 * `[京]剧` the opera of Beijing, `[中]方` the Chinese side. The PKU corpus prints each as one word and tags no
 * place; the full convention of entity recognition (the default) tags the bracketed part as a LOCATION.
 */
export const PLACE_ABBREVIATION_WORDS: readonly string[] = [
  ...['访', '来', '驻', '赴', '在', '对', '侵', '反', '旅', '援', '离', '抵'].map((verb) => `${verb}[华]`),
  ...['访', '赴', '旅', '驻', '抵', '离', '来'].flatMap((verb) =>
    ['美', '日', '俄', '韩', '英', '法', '德'].map((place) => `${verb}[${place}]`),
  ),
  ...['抵', '来', '进', '在', '离', '驻', '晋'].map((verb) => `${verb}[京]`),
  '[华]侨',
  '[华]裔',
  '[京]剧',
  '[京]剧院',
  '[京]剧团',
  '[京]郊',
  '[伊]核',
  '[朝]核',
  '[中]医',
  '[中]药',
  '[中]资',
  ...['中', '美', '英', '俄', '日', '韩', '法', '德', '以', '巴', '印', '朝', '越', '台', '港'].map(
    (place) => `[${place}]方`,
  ),
  ...['美', '俄', '日', '以', '英', '法', '德', '印', '巴'].map((place) => `[${place}]军`),
  '[港]人',
  '[港]商',
  '[台]商',
  '[台]胞',
  '[台]资',
  '[藏]胞',
  '[川]籍',
  '[亚]运',
  '[亚]运会',
  '[中华]民族',
  '[中华]',
  '[拉美]',
  '[北爱]',
  '[亚太]',
  '[亚太]地区',
  '[青][藏]',
  '[港][澳]',
  '[港][澳][台]',
  '[台][港][澳]',
  '[黄][淮]',
  '[江][淮]',
  '[京][津]',
  '[沪][宁]',
  '[晋][察][冀]',
  '[亚][欧]',
  '[欧][美]',
]

/**
 * Organizations the corpus prints abbreviated and tags as abbreviations (`欧盟/j`, `十五大/j`), and common nouns
 * that name one body in context (`市委`, `国会`): ORGANIZATION mentions in the full convention.
 */
export const ORGANIZATION_ABBREVIATIONS: readonly string[] = [
  ...['十四大', '十五大', '政协', '人大', '常委会', '欧盟', '北约', '体委', '中共', '妇联', '独联体'],
  ...['安理会', '纪委', '科委', '国家教委', '省人大', '省政协', '市政协', '计委', '中宣部', '科协'],
  ...['奥委会', '经贸委', '农科院', '村委会', '工商联', '农行', '军委', '中科院', '外经贸部', '足协'],
  ...['泳联', '工委', '阿盟', '社科院', '越共', '尼共', '文联', '广电部', '北大', '清华', '剧协'],
  ...['文明委', '政法委', '友协', '中行', '工行', '建行', '证监会', '教委', '中联部', '中组部', '中纪委'],
  ...['证券委', '记协', '计生委', '科工委', '民委', '欧委会', '台盟', '台联', '总政', '总参', '世行', '亚行'],
  ...['市委', '县委', '省委', '区委', '地委', '国会', '内阁', '解放军', '海军', '空军'],
]

/** Heavenly bodies: places in the full convention (`地球`, `月球`), common nouns in the PKU corpus. */
export const CELESTIAL_BODIES: readonly string[] = [
  ...[
    '地球',
    '月球',
    '太阳',
    '银河',
    '银河系',
    '火星',
    '木星',
    '金星',
    '土星',
    '水星',
    '天王星',
    '海王星',
    '冥王星',
  ],
]
