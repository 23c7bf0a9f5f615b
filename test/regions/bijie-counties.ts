/**
 * The counties of 毕节地区 (522400) and the codes they took under 毕节市 (520500) in the 2011 renumbering: the
 * registry's facts that the successions and the report's older codes are tested on.
 */
export const bijieCounties = [
  ['522401', '520502'],
  ['522422', '520521'],
  ['522423', '520522'],
  ['522424', '520523'],
  ['522425', '520524'],
  ['522426', '520525'],
  ['522427', '520526'],
  ['522428', '520527'],
] as const;
