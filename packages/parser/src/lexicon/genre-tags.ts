// Genre tags printed in a title's trailing brackets: `（社论）`, `（人民观点）`.

/** Tags that make an item a commentary. A title keeps its tag; the tag only decides the kind. */
export const COMMENTARY_TAGS: readonly string[] = [
  '社论',
  '评论员文章',
  '本报评论员',
  '评论员观察',
  '人民观点',
  '人民时评',
  '人民论坛',
  '今日谈',
  '望海楼',
  '国际论坛',
  '钟声',
  '和音',
  '短评',
  '时评',
  '评论',
  '观察',
  '快评',
  '新论',
  '随笔',
  '杂谈',
]
