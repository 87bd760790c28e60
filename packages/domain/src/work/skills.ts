/**
 * RULES §6: some activities need a competence (the activity's `skillName`, e.g. "Tuinonderhoud"
 * for hedge trimming), held by the worker from a training or a consultant's record. The match list
 * applies the same rule in SQL (packages/db/sql/functions/app_job_matches.sql: the worker's skill ids overlap the skill's).
 * Skill names compare as the organisation wrote them (the activity catalogue uses the same names).
 */
export function missingSkill(requiredSkillName: string | null, heldSkillNames: readonly string[]): string | null {
  if (requiredSkillName === null) return null;
  return heldSkillNames.includes(requiredSkillName) ? null : requiredSkillName;
}
