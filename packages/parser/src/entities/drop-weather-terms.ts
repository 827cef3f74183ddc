// Drop mentions that are weather in a forecast table, which the January training text never shows: `雷阵雨`.
import type { TypedSpan } from '../ner/tags.ts'

// > 北京晴转雷阵雨19℃／32℃天津雷阵雨转多云18℃／31℃
//          ^^^^^^ not a place: the weather between two cities
const WEATHER =
  '(?:晴|阴|多云|少云|[小中大]?[阵]?雨|雷阵雨|雷雨|暴雨|大暴雨|雨夹雪|[小中大阵暴]?雪|雾|浮尘|扬沙|沙尘暴)'
const FORECAST = new RegExp(`^${WEATHER}(?:转${WEATHER})*$`)

/**
 * `spans` without those that name only weather (`雷阵雨`, `晴转雷阵雨`, `多云转阴`).
 *
 * @example dropWeatherTerms('天津雷阵雨转多云', [{ type: 'LOCATION', start: 2, end: 5 }]) // []
 */
export function dropWeatherTerms(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  return spans.filter((s) => !FORECAST.test(text.slice(s.start, s.end)))
}
