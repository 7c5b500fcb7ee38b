import { Field, Input, Select } from "@fluentui/react-components";
import type { WorklistFilters as Filters } from "./useWorklistFilters";
import { useWorklistFiltersStyles } from "./WorklistFilters.styles";

export interface WorklistFiltersProps {
  /** The filter state from `useWorklistFilters`. */
  readonly filters: Filters;
}

const ALL = "";

/** Stage, collector, segment and minimum age, two by two (native selects: keyboard and screen readers for free). */
export function WorklistFilters({ filters }: WorklistFiltersProps) {
  const styles = useWorklistFiltersStyles();
  const { values, set } = filters;
  return (
    <div className={styles.grid} role="group" aria-label="Worklist filters">
      <Field label="Stage" size="small">
        <Select className={styles.control} size="small" value={values.stageLevel === null ? ALL : String(values.stageLevel)} onChange={(_, d) => set({ stageLevel: d.value === ALL ? null : Number(d.value) })}>
          <option value={ALL}>All stages</option>
          {filters.stages.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </Select>
      </Field>
      <Field label="Collector" size="small">
        <Select className={styles.control} size="small" value={values.collector ?? ALL} onChange={(_, d) => set({ collector: d.value === ALL ? null : d.value })}>
          <option value={ALL}>All collectors</option>
          {filters.collectors.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </Select>
      </Field>
      <Field label="Segment" size="small">
        <Select className={styles.control} size="small" value={values.segment ?? ALL} onChange={(_, d) => set({ segment: d.value === ALL ? null : d.value })}>
          <option value={ALL}>All segments</option>
          {filters.segments.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </Select>
      </Field>
      <Field label="Min. days overdue" size="small">
        <Input
          className={styles.control}
          size="small"
          type="number"
          min={0}
          inputMode="numeric"
          value={values.minDaysPastDue === null ? "" : String(values.minDaysPastDue)}
          onChange={(_, d) => set({ minDaysPastDue: d.value.trim() === "" || Number.isNaN(Number(d.value)) ? null : Math.max(0, Math.floor(Number(d.value))) })}
        />
      </Field>
    </div>
  );
}
