import { useEffect, useMemo } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from "@fluentui/react-components";
import { ArrowReset20Regular, Save20Regular } from "../../components/icons";
import type { PriorityWeights } from "../../../core/desk/priority-weights";
import type { CollectPolicy } from "../../../core/policy/collect-policy";
import type { IsoDate } from "../../../core/dates/iso-date";
import type { Issue } from "../../../core/types/issue";
import type { WorkbookHost } from "../../../hosts/host";
import type { CollectRun } from "../../../service/run-collect";
import { describePolicyDifferences } from "../../../workbook/owned";
import { NotReady } from "../../components/NotReady";
import { useDesk } from "../../desk/DeskContext";
import { usePolicyViewStyles } from "./PolicyView.styles";
import { ScenariosSection } from "./ScenariosSection";
import { SettingsSection } from "./SettingsSection";
import { StagesSection } from "./StagesSection";
import { usePolicyDraft } from "./usePolicyDraft";
import { useWhatIf } from "./useWhatIf";
import { WeightsSection } from "./WeightsSection";
import { WhatIfPanel } from "./WhatIfPanel";

interface PolicyEditorProps {
  readonly policy: CollectPolicy;
  readonly weights: PriorityWeights;
  readonly save: (policy: CollectPolicy, weights: PriorityWeights) => Promise<readonly Issue[]>;
  readonly busy: boolean;
  /** The analysis the policy belongs to: the ledger and plans the what-if replays. */
  readonly run: CollectRun;
  readonly asOf: IsoDate;
  readonly host: WorkbookHost;
  readonly locale: string;
}

function PolicyEditorForm({ policy, weights, save, busy, run, asOf, host, locale }: PolicyEditorProps) {
  const styles = usePolicyViewStyles();
  const editor = usePolicyDraft(policy, weights, save);
  const whatIf = useWhatIf(run, asOf, host);
  const { clear } = whatIf;
  // A result belongs to the form as it was replayed: an edit makes it stale.
  useEffect(() => clear(), [editor.draft, clear]);
  const customers = useMemo(() => new Set(run.ledger.invoices.map((invoice) => invoice.customerKey)).size, [run]);
  const differences = useMemo(
    () => (whatIf.result === null ? [] : describePolicyDifferences(policy, whatIf.result.draft, { current: weights, draft: whatIf.result.draftWeights })),
    [whatIf.result, policy, weights],
  );
  const errorCount = Object.keys(editor.errors).length;
  return (
    <>
      <Accordion className={styles.sections} collapsible multiple defaultOpenItems={["stages"]}>
        <AccordionItem value="stages"><AccordionHeader size="small">Stages</AccordionHeader><AccordionPanel><StagesSection editor={editor} /></AccordionPanel></AccordionItem>
        <AccordionItem value="settings"><AccordionHeader size="small">Days, amounts and tone</AccordionHeader><AccordionPanel><SettingsSection editor={editor} /></AccordionPanel></AccordionItem>
        <AccordionItem value="scenarios"><AccordionHeader size="small">Scenarios per segment</AccordionHeader><AccordionPanel><ScenariosSection editor={editor} rules={policy.scenarioRules} /></AccordionPanel></AccordionItem>
        <AccordionItem value="weights"><AccordionHeader size="small">Priority weights</AccordionHeader><AccordionPanel><WeightsSection editor={editor} /></AccordionPanel></AccordionItem>
      </Accordion>
      <WhatIfPanel
        whatIf={whatIf}
        onStart={() => {
          const built = editor.build();
          if (built !== null) whatIf.start(built.policy, built.weights);
        }}
        differences={differences}
        customers={customers}
        asOf={asOf}
        locale={locale}
        disabled={busy}
      />
      {errorCount > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Not saved or replayed</MessageBarTitle>
            {errorCount === 1 ? "One field needs" : `${errorCount} fields need`} a change: see the messages under them.
          </MessageBarBody>
        </MessageBar>
      )}
      {editor.refused.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The Collect Policy sheet would not read this policy back</MessageBarTitle>
            <ul className={styles.refused}>{editor.refused.map((issue, i) => <li key={i}>{issue.message}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.bar}>
        <Button icon={<ArrowReset20Regular />} disabled={!editor.dirty || busy} onClick={editor.reset}>Undo changes</Button>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!editor.dirty || busy} onClick={() => void editor.save()}>Save policy</Button>
      </div>
    </>
  );
}

/** The collections policy: stages per scenario, days, amounts and tone, scenarios, priority weights; saved to `Collect Policy`. */
export function PolicyView() {
  const styles = usePolicyViewStyles();
  const desk = useDesk();
  if (desk.run === null) return <NotReady />;
  return (
    <section className={styles.root} aria-labelledby="policy-heading">
      <div className={styles.intro}>
        <Subtitle2 as="h2" id="policy-heading" className={styles.heading}>Collections policy</Subtitle2>
        <Caption1 className={styles.muted}>When and how Collect chases. Saved in the &quot;Collect Policy&quot; sheet, which you can also edit by hand.</Caption1>
      </div>
      <PolicyEditorForm key={desk.run.asOf + String(desk.run.policy === undefined)} policy={desk.run.policy} weights={desk.run.weights} save={desk.savePolicy} busy={desk.busy !== null} run={desk.run} asOf={desk.asOf} host={desk.env.host} locale={desk.env.locale} />
    </section>
  );
}
