import { Badge, Select, type BadgeProps } from "@fluentui/react-components";
import type { ColumnMapping } from "../../../core/ledger/ledger";
import { FIELD_LABELS, isFieldId, type FieldId } from "../../../workbook";
import type { SheetColumn } from "./sheet-columns";
import { useMappingRowStyles } from "./MappingRow.styles";

/** Option value: the field is left out. */
export const NOT_USED = "none";
/** Option value: forget the user's choice and let Collect match the column again. */
export const COLLECT_DECIDES = "";

export interface MappingRowProps {
  /** Sheet the column belongs to. */
  readonly sheet: string;
  /** The field, the column it was read from, the header text and the confidence. */
  readonly mapping: ColumnMapping;
  /** The sheet's titled columns, to choose from. */
  readonly columns: readonly SheetColumn[];
  /** The first values of the mapped column. */
  readonly samples: readonly string[];
  /** Called with a column letter, `NOT_USED` or `COLLECT_DECIDES`. */
  readonly onChange: (field: FieldId, column: string) => void;
  /** Disables the choice while the pane is busy. */
  readonly disabled: boolean;
}

function confidence(mapping: ColumnMapping): { readonly text: string; readonly color: NonNullable<BadgeProps["color"]> } {
  if (mapping.overridden) return { text: "Set by you", color: "brand" };
  const pct = Math.round(mapping.confidence * 100);
  return { text: `${pct}% sure`, color: pct >= 90 ? "success" : pct >= 60 ? "warning" : "danger" };
}

/** One field of a sheet: which column Collect reads it from, how sure it is, sample values, and a choice to change it. */
export function MappingRow({ sheet, mapping, columns, samples, onChange, disabled }: MappingRowProps) {
  const styles = useMappingRowStyles();
  const label = isFieldId(mapping.field) ? FIELD_LABELS[mapping.field] : mapping.field;
  const sure = confidence(mapping);
  const known = columns.some((c) => c.letter === mapping.column);
  return (
    <div className={styles.root} data-field={mapping.field}>
      <div className={styles.field}>
        <span className={styles.label}>{label}</span>
        <Badge size="small" appearance="tint" color={sure.color}>{sure.text}</Badge>
      </div>
      <div className={styles.choice}>
        <Select
          className={styles.select}
          size="small"
          value={mapping.column}
          disabled={disabled}
          aria-label={`Column of ${label} in ${sheet}`}
          onChange={(_, d) => {
            if (isFieldId(mapping.field)) onChange(mapping.field, d.value);
          }}
        >
          {!known && <option value={mapping.column}>{`${mapping.column} · ${mapping.header}`}</option>}
          {columns.map((c) => <option key={c.letter} value={c.letter}>{`${c.letter} · ${c.header}`}</option>)}
          <option value={NOT_USED}>Not used</option>
          {mapping.overridden && <option value={COLLECT_DECIDES}>Let Collect decide</option>}
        </Select>
        <span className={styles.samples} title={samples.join(" · ")}>{samples.length === 0 ? "No values" : samples.join(" · ")}</span>
      </div>
    </div>
  );
}
