import { Combobox, Field, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CustomerStatus } from "../../../core/desk/customer-status";

export interface CustomerPickerProps {
  /** Every customer's account status (one per customer and currency). */
  readonly statuses: readonly CustomerStatus[];
  /** The customer shown, or null. */
  readonly selected: string | null;
  /** Called with the customer picked. */
  readonly onSelect: (customerKey: string) => void;
}

/** A searchable list of every customer, by name. */
export function CustomerPicker({ statuses, selected, onSelect }: CustomerPickerProps) {
  const customers = useMemo(() => {
    const byKey = new Map<string, string>();
    for (const status of statuses) byKey.set(status.customerKey, status.customerName);
    return [...byKey.entries()].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name));
  }, [statuses]);
  const selectedName = customers.find((c) => c.key === selected)?.name ?? "";
  const [query, setQuery] = useState<string | null>(null);
  const shown = query === null || query === "" ? customers : customers.filter((c) => c.name.toLowerCase().includes(query.toLowerCase()));
  return (
    <Field label="Customer">
      <Combobox
        placeholder="Find a customer"
        value={query ?? selectedName}
        selectedOptions={selected === null ? [] : [selected]}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          setQuery(null);
          if (data.optionValue !== undefined) onSelect(data.optionValue);
        }}
        onBlur={() => setQuery(null)}
      >
        {shown.map((c) => (
          <Option key={c.key} value={c.key} text={c.name}>
            {c.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
