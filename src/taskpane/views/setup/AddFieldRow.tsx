import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Add16Regular } from "../../components/icons";
import { useState } from "react";
import { FIELD_IDS, FIELD_LABELS, type FieldId } from "../../../workbook";
import type { SheetColumn } from "./sheet-columns";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 2fr) auto", columnGap: tokens.spacingHorizontalS, alignItems: "center", paddingTop: tokens.spacingVerticalS },
  select: { minWidth: 0, width: "100%" },
});

export interface AddFieldRowProps {
  /** Sheet the choice is for. */
  readonly sheet: string;
  /** Fields already read from the sheet (not offered again). */
  readonly mapped: readonly string[];
  /** The sheet's titled columns. */
  readonly columns: readonly SheetColumn[];
  /** Called with the field and the column chosen. */
  readonly onAdd: (field: FieldId, column: string) => void;
  /** Disables the row while the pane is busy. */
  readonly disabled: boolean;
}

/** Tells Collect about a column it did not recognise: pick the field, pick the column, Add. */
export function AddFieldRow({ sheet, mapped, columns, onAdd, disabled }: AddFieldRowProps) {
  const styles = useStyles();
  const fields = FIELD_IDS.filter((f) => !mapped.includes(f)).sort((a, b) => FIELD_LABELS[a].localeCompare(FIELD_LABELS[b]));
  const [field, setField] = useState<FieldId | "">("");
  const [column, setColumn] = useState("");
  return (
    <div className={styles.root} role="group" aria-label={`Read another column of ${sheet}`}>
      <Select className={styles.select} size="small" value={field} aria-label="Field" onChange={(_, d) => setField(d.value as FieldId | "")} disabled={disabled}>
        <option value="">Another field…</option>
        {fields.map((f) => <option key={f} value={f}>{FIELD_LABELS[f]}</option>)}
      </Select>
      <Select className={styles.select} size="small" value={column} aria-label="Column" onChange={(_, d) => setColumn(d.value)} disabled={disabled}>
        <option value="">Column…</option>
        {columns.map((c) => <option key={c.letter} value={c.letter}>{`${c.letter} · ${c.header}`}</option>)}
      </Select>
      <Button
        size="small"
        icon={<Add16Regular />}
        disabled={disabled || field === "" || column === ""}
        onClick={() => {
          if (field !== "" && column !== "") onAdd(field, column);
        }}
      >
        Add
      </Button>
    </div>
  );
}
