// The world's states with their capitals and the cities that stand for them in the news, and the continents,
// regions, seas and rivers the PKU corpus tags as places (`中东/ns`, `地中海/ns`), in the Chinese names the
// People's Daily and Xinhua print: the gazetteer beyond China. Written for this project from the standard
// names. Names that are as often something else are left out (`中非` is China and Africa far more often than
// the Central African Republic; `维多利亚` is a person, `圣地亚哥` a city in three countries).

/** One state a line: its name, then its capital and other cities. */
const STATES = `
  日本 东京 大阪
  韩国 首尔
  朝鲜 平壤
  蒙古 乌兰巴托
  越南 河内 胡志明市
  老挝 万象
  柬埔寨 金边
  泰国 曼谷
  缅甸 内比都 仰光
  马来西亚 吉隆坡
  新加坡
  印度尼西亚 雅加达
  菲律宾 马尼拉
  文莱 斯里巴加湾市
  东帝汶 帝力
  印度 新德里 孟买
  巴基斯坦 伊斯兰堡 卡拉奇
  孟加拉国 达卡
  尼泊尔 加德满都
  不丹 廷布
  斯里兰卡 科伦坡
  马尔代夫 马累
  阿富汗 喀布尔
  伊朗 德黑兰
  伊拉克 巴格达
  叙利亚 大马士革
  黎巴嫩 贝鲁特
  约旦 安曼
  以色列 特拉维夫
  巴勒斯坦 加沙
  沙特阿拉伯 利雅得
  也门 萨那
  阿曼 马斯喀特
  阿拉伯联合酋长国 阿布扎比 迪拜
  卡塔尔 多哈
  巴林 麦纳麦
  科威特
  土耳其 安卡拉 伊斯坦布尔
  塞浦路斯 尼科西亚
  格鲁吉亚 第比利斯
  亚美尼亚 埃里温
  阿塞拜疆 巴库
  哈萨克斯坦 阿斯塔纳 阿拉木图
  吉尔吉斯斯坦 比什凯克
  塔吉克斯坦 杜尚别
  乌兹别克斯坦 塔什干
  土库曼斯坦 阿什哈巴德
  俄罗斯 莫斯科 圣彼得堡
  乌克兰 基辅
  白俄罗斯 明斯克
  摩尔多瓦 基希讷乌
  波兰 华沙
  捷克 布拉格
  斯洛伐克 布拉迪斯拉发
  匈牙利 布达佩斯
  罗马尼亚 布加勒斯特
  保加利亚 索非亚
  塞尔维亚 贝尔格莱德
  南斯拉夫
  克罗地亚 萨格勒布
  斯洛文尼亚 卢布尔雅那
  波斯尼亚和黑塞哥维那 萨拉热窝
  黑山 波德戈里察
  北马其顿 斯科普里
  马其顿
  阿尔巴尼亚 地拉那
  希腊 雅典
  意大利 罗马 米兰
  梵蒂冈
  圣马力诺
  马耳他 瓦莱塔
  西班牙 马德里 巴塞罗那
  葡萄牙 里斯本
  安道尔
  法国 巴黎 马赛
  摩纳哥
  比利时 布鲁塞尔
  荷兰 阿姆斯特丹 海牙
  卢森堡
  德国 柏林 波恩 法兰克福 慕尼黑
  瑞士 伯尔尼 日内瓦 苏黎世
  列支敦士登
  奥地利 维也纳
  英国 伦敦
  爱尔兰 都柏林
  冰岛 雷克雅未克
  挪威 奥斯陆
  瑞典 斯德哥尔摩
  芬兰 赫尔辛基
  丹麦 哥本哈根
  爱沙尼亚 塔林
  拉脱维亚 里加
  立陶宛 维尔纽斯
  埃及 开罗
  利比亚 的黎波里
  突尼斯
  阿尔及利亚 阿尔及尔
  摩洛哥 拉巴特
  苏丹 喀土穆
  南苏丹 朱巴
  埃塞俄比亚 亚的斯亚贝巴
  厄立特里亚 阿斯马拉
  吉布提
  索马里 摩加迪沙
  肯尼亚 内罗毕
  乌干达 坎帕拉
  坦桑尼亚 多多马 达累斯萨拉姆
  卢旺达 基加利
  布隆迪 布琼布拉
  刚果 金沙萨 布拉柴维尔
  扎伊尔
  中非共和国 班吉
  乍得 恩贾梅纳
  尼日尔 尼亚美
  尼日利亚 阿布贾 拉各斯
  喀麦隆 雅温得
  加蓬 利伯维尔
  赤道几内亚 马拉博
  圣多美和普林西比
  安哥拉 罗安达
  赞比亚 卢萨卡
  津巴布韦 哈拉雷
  马拉维 利隆圭
  莫桑比克 马普托
  马达加斯加 塔那那利佛
  毛里求斯 路易港
  塞舌尔
  科摩罗 莫罗尼
  南非 比勒陀利亚 开普敦 约翰内斯堡
  纳米比亚 温得和克
  博茨瓦纳 哈博罗内
  莱索托 马塞卢
  斯威士兰 姆巴巴内
  埃斯瓦蒂尼
  加纳 阿克拉
  科特迪瓦 亚穆苏克罗 阿比让
  利比里亚 蒙罗维亚
  塞拉利昂 弗里敦
  几内亚 科纳克里
  几内亚比绍 比绍
  塞内加尔 达喀尔
  冈比亚 班珠尔
  马里 巴马科
  布基纳法索 瓦加杜古
  多哥 洛美
  贝宁 波多诺伏 科托努
  毛里塔尼亚 努瓦克肖特
  佛得角 普拉亚
  美国 华盛顿 纽约 洛杉矶 旧金山 芝加哥
  加拿大 渥太华 多伦多 温哥华 蒙特利尔
  墨西哥 墨西哥城
  危地马拉
  伯利兹 贝尔莫潘
  萨尔瓦多 圣萨尔瓦多
  洪都拉斯 特古西加尔巴
  尼加拉瓜 马那瓜
  哥斯达黎加
  巴拿马
  古巴 哈瓦那
  牙买加
  海地 太子港
  多米尼加 圣多明各
  巴哈马 拿骚
  巴巴多斯 布里奇顿
  特立尼达和多巴哥
  格林纳达
  圣卢西亚
  哥伦比亚 波哥大
  委内瑞拉 加拉加斯
  圭亚那
  苏里南 帕拉马里博
  厄瓜多尔 基多
  秘鲁 利马
  玻利维亚 拉巴斯
  巴西 巴西利亚 里约热内卢 圣保罗
  智利
  阿根廷 布宜诺斯艾利斯
  乌拉圭 蒙得维的亚
  巴拉圭 亚松森
  澳大利亚 堪培拉 悉尼 墨尔本
  新西兰 惠灵顿
  巴布亚新几内亚 莫尔斯比港
  斐济 苏瓦
  萨摩亚 阿皮亚
  汤加 努库阿洛法
  瓦努阿图 维拉港
  所罗门群岛 霍尼亚拉
  基里巴斯
  密克罗尼西亚
  马绍尔群岛
  帕劳
  瑙鲁
  图瓦卢`

/** Places that belong to no one state (`奥克兰` is Auckland and Oakland). */
const REGIONS_AND_WATERS = `
  亚洲 欧洲 非洲 美洲 北美洲 南美洲 拉丁美洲 大洋洲 南极洲 北美 南美 中美洲 东亚 东南亚 南亚 西亚 中亚 中东
  东欧 西欧 北欧 南欧 中欧 北非 西非 东非 南部非洲 巴尔干 高加索 西伯利亚 远东 加勒比 斯堪的纳维亚 阿拉斯加
  奥克兰 夏威夷 加利福尼亚 得克萨斯 佛罗里达 格陵兰 撒哈拉 克里米亚 车臣 科索沃 克什米尔 约旦河西岸 戈兰高地 耶路撒冷
  太平洋 大西洋 印度洋 北冰洋 地中海 加勒比海 黑海 红海 里海 死海 波罗的海 北海 阿拉伯海 波斯湾 墨西哥湾 亚丁湾
  英吉利海峡 直布罗陀海峡 马六甲海峡 霍尔木兹海峡 苏伊士运河 巴拿马运河 尼罗河 多瑙河 莱茵河 伏尔加河 恒河
  湄公河 塞纳河 泰晤士河 亚马孙河 密西西比河 幼发拉底河 底格里斯河 约旦河`

/** Other names of the places above → the name they go by in the archive. */
export const WORLD_ALIASES: Readonly<Record<string, string>> = {
  汉城: '首尔',
  印尼: '印度尼西亚',
  孟加拉: '孟加拉国',
  沙特: '沙特阿拉伯',
  阿联酋: '阿拉伯联合酋长国',
  吉尔吉斯: '吉尔吉斯斯坦',
  波黑: '波斯尼亚和黑塞哥维那',
  加州: '加利福尼亚',
}

const words = (line: string) => line.trim().split(/\s+/u)
const stateLines = STATES.trim().split('\n').map(words)

/** Each city of {@link STATES} → its state: `巴黎` → `法国`. */
export const WORLD_CITY_STATES: Readonly<Record<string, string>> = Object.fromEntries(
  stateLines.flatMap(([state, ...cities]) => cities.map((city) => [city, state as string])),
)

/** The states of {@link STATES}, by the names they go by in the archive. */
export const WORLD_STATES: readonly string[] = stateLines.map(([state]) => state as string)

/** Every state, city, region and water, once, and their other names. */
export const WORLD_PLACES: readonly string[] = [
  ...new Set([...stateLines.flat(), ...words(REGIONS_AND_WATERS), ...Object.keys(WORLD_ALIASES)]),
]
