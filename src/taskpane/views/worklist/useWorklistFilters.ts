import { useMemo, useState } from "react";
import type { WorklistRow } from "../../../core/desk/worklist";
import type { Customer } from "../../../core/ledger/ledger";

/** The worklist's filters; null means "all". */
export interface WorklistFilterValues {
  readonly stageLevel: number | null;
  readonly collector: string | null;
  readonly segment: string | null;
  /** Only rows whose oldest invoice is at least this many days past due. */
  readonly minDaysPastDue: number | null;
}

/** A choice in a filter's list. */
export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/** The filters, the rows they leave, and the choices each filter offers (from today's rows). */
export interface WorklistFilters {
  readonly values: WorklistFilterValues;
  readonly set: (change: Partial<WorklistFilterValues>) => void;
  readonly clear: () => void;
  readonly activeCount: number;
  readonly rows: readonly WorklistRow[];
  readonly stages: readonly FilterOption[];
  readonly collectors: readonly FilterOption[];
  readonly segments: readonly FilterOption[];
}

const NONE: WorklistFilterValues = { stageLevel: null, collector: null, segment: null, minDaysPastDue: null };

/** Label of customers without a segment in the segment filter. */
export const NO_SEGMENT = "(no segment)";

/**
 * Filters today's rows by stage, collector, segment (from the customer list) and minimum age.
 *
 * @example applyWorklistFilters(rows, segments, { ...NONE, minDaysPastDue: 30 }).every((r) => r.oldestDaysPastDue >= 30) //=> true
 */
export function applyWorklistFilters(rows: readonly WorklistRow[], segments: ReadonlyMap<string, string>, values: WorklistFilterValues): readonly WorklistRow[] {
  return rows.filter(
    (row) =>
      (values.stageLevel === null || row.stageLevel === values.stageLevel) &&
      (values.collector === null || row.collector === values.collector) &&
      (values.segment === null || (segments.get(row.customerKey) ?? NO_SEGMENT) === values.segment) &&
      (values.minDaysPastDue === null || row.oldestDaysPastDue >= values.minDaysPastDue),
  );
}

function distinct(values: readonly string[]): readonly FilterOption[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b)).map((value) => ({ value, label: value }));
}

/** Filter state for the worklist view. */
export function useWorklistFilters(rows: readonly WorklistRow[], customers: readonly Customer[]): WorklistFilters {
  const [values, setValues] = useState<WorklistFilterValues>(NONE);
  const segmentOf = useMemo(() => new Map(customers.map((c) => [c.key, c.segment?.trim() || NO_SEGMENT])), [customers]);
  return useMemo(() => {
    const stageLevels = new Map(rows.map((row) => [row.stageLevel, row.stageName]));
    return {
      values,
      set: (change) => setValues((current) => ({ ...current, ...change })),
      clear: () => setValues(NONE),
      activeCount: Object.values(values).filter((value) => value !== null).length,
      rows: applyWorklistFilters(rows, segmentOf, values),
      stages: [...stageLevels.entries()].sort(([a], [b]) => a - b).map(([level, name]) => ({ value: String(level), label: `${level} · ${name}` })),
      collectors: distinct(rows.map((row) => row.collector)),
      segments: distinct(rows.map((row) => segmentOf.get(row.customerKey) ?? NO_SEGMENT)),
    };
  }, [rows, segmentOf, values]);
}
