// Companies the news names by their brand (`丰田`, `华为`, `邯钢`): the PKU corpus tags them `nz` or `n`, the
// dev set (`people-daily-ner.dev.bio`) and an archive's readers take them as organizations. Written for this
// project; brands that are as often common words are left out (`联想` "to think of", `大众` "the masses",
// `小米` "millet", `京东` "east of Beijing", `三星` in `三星级`, `本田` a Japanese surname, `日产`
// "daily output").

const NAMES = `
  丰田 马自达 三菱 索尼 松下 东芝 日立 佳能 尼康 富士通 夏普 飞利浦 西门子 博世 宝马 戴姆勒 奥迪 保时捷
  雪铁龙 菲亚特 沃尔沃 克莱斯勒 波音 空客 空中客车 英特尔 微软 谷歌 思科 摩托罗拉 诺基亚 爱立信 惠普 高通
  沃尔玛 家乐福 麦当劳 肯德基 雀巢 联合利华 宝洁 迪斯尼 迪士尼 耐克 阿迪达斯 壳牌 埃克森美孚 汇丰 花旗 高盛
  华为 中兴 海尔 康佳 格力 阿里巴巴 腾讯 美团 拼多多 字节跳动 比亚迪 一汽 二汽 蒙牛 伊利 邯钢 宝钢 首钢 鞍钢
  武钢 中国移动 中国联通 中国电信 国家电网`

/** Every name of {@link NAMES}, once. */
export const COMPANIES: readonly string[] = [...new Set(NAMES.trim().split(/\s+/u))]
