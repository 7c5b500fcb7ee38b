/*
 * The Fluent System icons the pane uses, imported one icon family at a time ("@fluentui/react-icons/svg/<family>")
 * rather than from the package index: the index pulls every icon into development bundles and jest (tens of MB).
 */
export { Add16Regular } from "@fluentui/react-icons/svg/add";
export { ArrowClockwise20Regular } from "@fluentui/react-icons/svg/arrow-clockwise";
export { ArrowDownload20Regular } from "@fluentui/react-icons/svg/arrow-download";
export { ArrowReset20Regular } from "@fluentui/react-icons/svg/arrow-reset";
export { Building20Regular } from "@fluentui/react-icons/svg/building";
export { Call20Regular } from "@fluentui/react-icons/svg/call";
export { Chat20Regular } from "@fluentui/react-icons/svg/chat";
export { Checkmark16Regular } from "@fluentui/react-icons/svg/checkmark";
export { DataBarVertical20Regular } from "@fluentui/react-icons/svg/data-bar-vertical";
export { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
export { DocumentArrowDown20Regular } from "@fluentui/react-icons/svg/document-arrow-down";
export { ErrorCircle16Regular } from "@fluentui/react-icons/svg/error-circle";
export { Filter20Regular } from "@fluentui/react-icons/svg/filter";
export { FolderOpen20Regular } from "@fluentui/react-icons/svg/folder-open";
export { Gavel20Regular } from "@fluentui/react-icons/svg/gavel";
export { Info16Regular } from "@fluentui/react-icons/svg/info";
export { Mail20Regular } from "@fluentui/react-icons/svg/mail";
export { MailArrowDown20Regular } from "@fluentui/react-icons/svg/mail-arrow-down";
export { MailEdit20Regular } from "@fluentui/react-icons/svg/mail-edit";
export { Person20Regular } from "@fluentui/react-icons/svg/person";
export { Print20Regular } from "@fluentui/react-icons/svg/print";
export { Save20Regular } from "@fluentui/react-icons/svg/save";
export { TableArrowUp20Regular } from "@fluentui/react-icons/svg/table-arrow-up";
export { TableEdit20Regular } from "@fluentui/react-icons/svg/table-edit";
export { TableSimple20Regular } from "@fluentui/react-icons/svg/table-simple";
export { TaskListLtr20Regular } from "@fluentui/react-icons/svg/task-list-ltr";
export { Warning16Regular } from "@fluentui/react-icons/svg/warning";
