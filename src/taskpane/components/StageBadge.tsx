import { Badge, type BadgeProps } from "@fluentui/react-components";

export interface StageBadgeProps {
  /** The stage's level: 1 invoice sent … 7 agency or legal. */
  readonly level: number;
  /** The stage's name ("Final notice"). */
  readonly name: string;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** How loud each level is: reminders are informative, pressure a warning, final notice and hand-over danger. */
export function stageColor(level: number): NonNullable<BadgeProps["color"]> {
  if (level >= 6) return "danger";
  if (level === 5) return "severe";
  if (level === 4) return "warning";
  return "informative";
}

/** A stage as a coloured badge ("6 · Final notice"). */
export function StageBadge({ level, name, className }: StageBadgeProps) {
  return (
    <Badge appearance="tint" color={stageColor(level)} shape="rounded" className={className} aria-label={`Stage ${level}: ${name}`}>
      {level} · {name}
    </Badge>
  );
}
