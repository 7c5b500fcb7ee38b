/** The sheets Collect owns: the policy, plans and log it reads, and the output sheets it writes. */
export { POLICY_SHEET_NAME, POLICY_SECTIONS, STAGE_COLUMNS, defaultPolicySheet, type PolicySheetContent } from "./policy-sheet";
export { SETTING_SPECS, type SettingSpec, type SettingKind } from "./policy-settings-spec";
export { readPolicySheet } from "./read-policy-sheet";
export { PLANS_SHEET_NAME, PLAN_COLUMNS, PLAN_DEFAULT_LEAD_DAYS, defaultPlansSheet, readPlansSheet, type ReadPlansOptions } from "./plans-sheet";
export { LOG_SHEET_NAME, LOG_COLUMNS, CHANNEL_LABELS, defaultLogSheet, logRows, type LogRowsOptions } from "./log-sheet";
export { readLogSheet, type ReadLogOptions } from "./read-log-sheet";
export { matchCustomers, type CustomerMatcher } from "./customer-match";
export { WORKLIST_SHEET_NAME, worklistSheet, collectorSheet, collectorSheetNames } from "./worklist-sheet";
export { CUSTOMERS_SHEET_NAME, customersSheet } from "./customers-sheet";
export { HOLDS_SHEET_NAME, holdsAndCreditsSheet } from "./holds-sheet";
export { AUDIT_SHEET_NAME, auditSheet } from "./audit-sheet";
export { ALERTS_SHEET_NAME, alertsSheet } from "./alerts-sheet";
export { METRICS_SHEET_NAME, metricsSheet, CHECK_OK, CHECK_DIFFERENCE } from "./metrics-sheet";
export { ownedSheetToGrid } from "./_lib/to-grid";
export { POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME, draftPolicySheet } from "./policy-draft-sheet";
export { whatIfSheet, WHAT_IF_COLUMNS, type WhatIfSheetOptions } from "./what-if-sheet";
export { describePolicyDifferences, triggerText } from "./policy-differences";
