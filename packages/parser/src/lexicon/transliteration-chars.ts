// Characters that spell foreign names in Chinese transliteration (`玛丽亚·范凯尔克霍弗`, `穆罕默德-班迪`).
// Seeded from the characters of PKU January 1998 `nr` tokens that contain `·`, minus ordinary words, plus
// the common transliteration syllables the month happens to miss.

/** The set of characters a transliterated name part is made of. */
export const TRANSLITERATION_CHARS: ReadonlySet<string> = new Set(
  [
    ...'尔阿斯克德拉特里马哈提罗吉雷夫西尼买米卡萨纳木布贝利达姆鲁维瓦托艾洛科桑穆韦奥迪赫谢蒂莱旺安诺美约格库帕威塔',
    ...'默赛翰派弗廉巴甘曼孜埃金福皮玛沃本希加亚迈苏普努伦伊莫索沛查林扎宾图嘉博劳伯丹舍罕热沙森杜朗戴内兹依赞赖',
    ...'莎耶烈法比梅恩娜塞勒兰佩代亨乔丽麦邦路让詹蒙茨绍甫海杰敦尤奇卜列保丁雅逊贾贡菲登申柯松戈因则乌顿锡钦费芭',
    ...'盖温泽波汤汗汉欧根斐扬彼康察坦坚吾古却佐范凯霍季基娃琳蕾妮丝黛露芙薇莉奈姆厄岑汀琼柏瑟莫帕舒施泰',
    ...'普京弗朗索瓦莱昂纳多贝卢斯科尼蒂亚戈乌戈哥瑙诺兹维茨斯基谢尔盖米哈伊尔班',
  ].filter((c, i, all) => all.indexOf(c) === i),
)
