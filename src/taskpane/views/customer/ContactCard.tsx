import { Card, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorklistRow } from "../../../core/desk/worklist";
import { useDesk } from "../../desk/DeskContext";
import { LogContactForm } from "./LogContactForm";
import { useContactForm } from "./useContactForm";

const useStyles = makeStyles({ heading: { margin: 0 } });

export interface ContactCardProps {
  /** The customer the contact is with. */
  readonly customerKey: string;
  readonly customerName: string;
  /** The contact person from the customer list, pre-filled. */
  readonly contactPerson: string | null;
  /** Currency of a promise. */
  readonly currency: string | null;
  /** The customer's worklist row today, whose stage the contact is logged at. */
  readonly row: WorklistRow | null;
}

/** "Log a contact" for one customer: the form, saved to `Collect Log` through the desk (then re-analysed). */
export function ContactCard({ customerKey, customerName, contactPerson, currency, row }: ContactCardProps) {
  const styles = useStyles();
  const desk = useDesk();
  const context = useMemo(
    () => ({ customerKey, stage: row === null ? null : `${row.stageLevel} ${row.stageName}`, template: row === null || row.template === "none" ? null : row.template }),
    [customerKey, row],
  );
  const form = useContactForm(context, { date: desk.asOf, time: desk.env.timeOfDay(), person: contactPerson }, desk.logContact);
  return (
    <Card>
      <Subtitle2 as="h3" className={styles.heading}>
        Log a contact
      </Subtitle2>
      <LogContactForm form={form} customerName={customerName} currency={currency} disabled={desk.busy !== null} />
    </Card>
  );
}
