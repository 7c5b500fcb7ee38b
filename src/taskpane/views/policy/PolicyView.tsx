import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from "@fluentui/react-components";
import { ArrowReset20Regular, Save20Regular } from "../../components/icons";
import type { PriorityWeights } from "../../../core/desk/priority-weights";
import type { CollectPolicy } from "../../../core/policy/collect-policy";
import type { Issue } from "../../../core/types/issue";
import { NotReady } from "../../components/NotReady";
import { useDesk } from "../../desk/DeskContext";
import { usePolicyViewStyles } from "./PolicyView.styles";
import { ScenariosSection } from "./ScenariosSection";
import { SettingsSection } from "./SettingsSection";
import { StagesSection } from "./StagesSection";
import { usePolicyDraft } from "./usePolicyDraft";
import { WeightsSection } from "./WeightsSection";

interface PolicyEditorProps {
  readonly policy: CollectPolicy;
  readonly weights: PriorityWeights;
  readonly save: (policy: CollectPolicy, weights: PriorityWeights) => Promise<readonly Issue[]>;
  readonly busy: boolean;
}

function PolicyEditorForm({ policy, weights, save, busy }: PolicyEditorProps) {
  const styles = usePolicyViewStyles();
  const editor = usePolicyDraft(policy, weights, save);
  const errorCount = Object.keys(editor.errors).length;
  return (
    <>
      <Accordion className={styles.sections} collapsible multiple defaultOpenItems={["stages"]}>
        <AccordionItem value="stages"><AccordionHeader size="small">Stages</AccordionHeader><AccordionPanel><StagesSection editor={editor} /></AccordionPanel></AccordionItem>
        <AccordionItem value="settings"><AccordionHeader size="small">Days, amounts and tone</AccordionHeader><AccordionPanel><SettingsSection editor={editor} /></AccordionPanel></AccordionItem>
        <AccordionItem value="scenarios"><AccordionHeader size="small">Scenarios per segment</AccordionHeader><AccordionPanel><ScenariosSection editor={editor} rules={policy.scenarioRules} /></AccordionPanel></AccordionItem>
        <AccordionItem value="weights"><AccordionHeader size="small">Priority weights</AccordionHeader><AccordionPanel><WeightsSection editor={editor} /></AccordionPanel></AccordionItem>
      </Accordion>
      {errorCount > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Not saved</MessageBarTitle>
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
      <PolicyEditorForm key={desk.run.asOf + String(desk.run.policy === undefined)} policy={desk.run.policy} weights={desk.run.weights} save={desk.savePolicy} busy={desk.busy !== null} />
    </section>
  );
}
