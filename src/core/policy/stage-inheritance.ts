import type { StageDefinition } from "./policy";

/**
 * True when two stages say the same thing: every field a bookkeeper can set (a fee of 0 is no fee, interest off is
 * absent interest).
 *
 * @example sameStage(standard[2], { ...standard[2] }) //=> true
 * @example sameStage(standard[2], { ...standard[2], triggerDaysFromDue: -10 }) //=> false
 */
export function sameStage(a: StageDefinition, b: StageDefinition): boolean {
  return (
    a.level === b.level &&
    a.id === b.id &&
    a.name === b.name &&
    a.triggerDaysFromDue === b.triggerDaysFromDue &&
    a.channel === b.channel &&
    a.tone === b.tone &&
    a.minDaysSinceContact === b.minDaysSinceContact &&
    a.template === b.template &&
    a.action === b.action &&
    (a.feeCents ?? 0) === (b.feeCents ?? 0) &&
    (a.chargeInterest ?? false) === (b.chargeInterest ?? false)
  );
}

/**
 * A scenario's own levels: those that differ from the Standard stage of the same level. The rest follow Standard,
 * so a change to a Standard stage reaches every scenario that did not set that level its own way.
 *
 * @example ownLevels(latePayerStages, standardStages).map((s) => s.level) //=> [3]
 */
export function ownLevels(stages: readonly StageDefinition[], standard: readonly StageDefinition[]): StageDefinition[] {
  return stages.filter((stage) => {
    const base = standard.find((s) => s.level === stage.level);
    return base === undefined || !sameStage(stage, base);
  });
}

/**
 * A scenario's table after Standard changed from `before` to `after`: each level the scenario had as Standard had it
 * follows the change; a level it set its own way stays.
 *
 * @example followStandard(scenarioStages, savedStandard, editedStandard) //=> the scenario with edited Standard levels
 */
export function followStandard(stages: readonly StageDefinition[], before: readonly StageDefinition[], after: readonly StageDefinition[]): StageDefinition[] {
  return stages.map((stage) => {
    const was = before.find((s) => s.level === stage.level);
    const now = after.find((s) => s.level === stage.level);
    return was !== undefined && now !== undefined && sameStage(stage, was) ? now : stage;
  });
}
