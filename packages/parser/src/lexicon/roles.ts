// Byline roles: what the signer is to the paper.

/** Roles as printed in bylines, longest first. `评论员` marks a commentary. */
export const BYLINE_ROLES: readonly string[] = [
  '特约评论员',
  '评论员',
  '首席记者',
  '特派记者',
  '特约记者',
  '驻站记者',
  '见习记者',
  '实习记者',
  '记者',
  '通讯员',
  '实习生',
  '摄影记者',
].sort((a, b) => b.length - a.length)

/** Roles that make an item a commentary. */
export const COMMENTARY_ROLES: readonly string[] = ['评论员', '特约评论员']
