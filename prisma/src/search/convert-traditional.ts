// Traditional Chinese to simplified, through OpenCC's dictionaries (opencc-js), for queries typed in either.
import * as OpenCC from 'opencc-js/t2cn'

// OpenCC's standard traditional characters and phrases (TSCharacters, TSPhrases). Its Taiwan preset also maps
// variants, and turns the simplified 显著 into 显着: a simplified query must come through as typed.
const convert = OpenCC.Converter({ from: 't', to: 'cn' })

/**
 * The simplified form of `text`; simplified text comes back unchanged.
 *
 * @example toSimplified('習近平') // '习近平'
 */
export function toSimplified(text: string): string {
  return convert(text)
}
