// Other names of organizations and places: each alias maps to the canonical full name.

/** ORGANIZATION aliases → canonical name. `世卫组织` and `世界卫生组织` are one organization. */
export const ORGANIZATION_ALIASES: Readonly<Record<string, string>> = {
  世卫组织: '世界卫生组织',
  世卫: '世界卫生组织',
  WHO: '世界卫生组织',
  联合国粮农组织: '联合国粮食及农业组织',
  粮农组织: '联合国粮食及农业组织',
  世贸组织: '世界贸易组织',
  WTO: '世界贸易组织',
  国际奥委会: '国际奥林匹克委员会',
  联合国安理会: '联合国安全理事会',
  安理会: '联合国安全理事会',
  北约: '北大西洋公约组织',
  欧盟: '欧洲联盟',
  东盟: '东南亚国家联盟',
  中石化集团: '中国石油化工集团',
  中石化: '中国石油化工集团',
  中石油: '中国石油天然气集团',
  国资委: '国务院国有资产监督管理委员会',
  国务院国资委: '国务院国有资产监督管理委员会',
  全国人大: '全国人民代表大会',
  全国政协: '中国人民政治协商会议全国委员会',
  中共中央: '中国共产党中央委员会',
  党中央: '中国共产党中央委员会',
  中共: '中国共产党',
  新华社: '新华通讯社',
  国家卫健委: '国家卫生健康委员会',
  卫健委: '国家卫生健康委员会',
}

/**
 * LOCATION aliases → canonical name, for names the division gazetteer does not hold: countries and the
 * one-character abbreviations of `中美关系`, `京津冀`.
 */
export const LOCATION_ALIASES: Readonly<Record<string, string>> = {
  中: '中国',
  中华人民共和国: '中国',
  美: '美国',
  美利坚合众国: '美国',
  俄: '俄罗斯',
  俄罗斯联邦: '俄罗斯',
  日: '日本',
  英: '英国',
  法: '法国',
  德: '德国',
  意: '意大利',
  韩: '韩国',
  朝: '朝鲜',
  印: '印度',
  京: '北京市',
  津: '天津市',
  沪: '上海市',
  渝: '重庆市',
  冀: '河北省',
  港: '香港特别行政区',
  台: '台湾省',
}
