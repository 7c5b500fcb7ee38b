import type { Inline, InvoiceTable, InvoiceTableTotal, RenderedLetter } from "../../core/letters/rendered-letter";
import { HEADER_FILL_COLOUR, LINK_COLOUR, MUTED_COLOUR, RULE_COLOUR } from "./letter-typography";

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made inert inside HTML content and quoted attribute values: `<script>` from a cell prints as text.
 *
 * @example escapeHtml(`<script>alert("x")</script>`) //=> "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const FONT_STACK = "Calibri, Carlito, Arial, Helvetica, sans-serif";
const CELL = `padding:4px 8px;border-bottom:1px solid #${RULE_COLOUR};`;

function inlineHtml(inline: Inline): string {
  if (inline.kind === "break") return "<br>";
  if (inline.kind === "link") return `<a href="${escapeHtml(inline.href)}" style="color:#${LINK_COLOUR};">${escapeHtml(inline.text)}</a>`;
  return escapeHtml(inline.text);
}

function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines.map(inlineHtml).join("");
}

function totalHtml(total: InvoiceTableTotal): string {
  const weight = total.emphasis ? "font-weight:bold;" : "";
  return `<tr><td colspan="4" style="${CELL}text-align:right;${weight}">${escapeHtml(total.label)}</td><td style="${CELL}text-align:right;${weight}">${escapeHtml(total.amount)}</td><td style="${CELL}"></td></tr>`;
}

function tableHtml(table: InvoiceTable): string {
  const align = (column: number): string => (column >= 3 ? "right" : "left");
  const head = table.headers.map((text, column) => `<th style="${CELL}text-align:${align(column)};background:#${HEADER_FILL_COLOUR};">${escapeHtml(text)}</th>`).join("");
  const rows = table.rows.map((row) =>
    `<tr>${[row.invoiceNo, row.invoiceDate, row.dueDate, row.amount, row.balance, row.daysOverdue]
      .map((text, column) => `<td style="${CELL}text-align:${align(column)};">${escapeHtml(text)}</td>`).join("")}</tr>`).join("\n");
  const totals = table.totals.map(totalHtml).join("\n");
  return `<table style="border-collapse:collapse;font-size:10pt;margin:8px 0 12px 0;">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n<tfoot>\n${totals}\n</tfoot>\n</table>`;
}

/**
 * The HTML part of a letter's e-mail: the body paragraphs, the invoice table as a real HTML table, the sign-off and
 * the company's contact lines. Every piece of text is HTML-escaped and `dir="auto"` lets right-to-left names show
 * the right way round; no script, no external image, inline styles only (what mail clients keep).
 *
 * @example letterHtml(letter).includes("<table") //=> true
 */
export function letterHtml(letter: RenderedLetter): string {
  const body = letter.blocks.map((block) => (block.kind === "invoice-table" ? tableHtml(letter.table) : `<p dir="auto" style="margin:0 0 10px 0;">${inlinesHtml(block.inlines)}</p>`)).join("\n");
  const sign = letter.signOff;
  const signature = [sign.closing, "", sign.name, sign.title, sign.company].filter((line): line is string => line !== null).map(escapeHtml).join("<br>");
  const contact = letter.letterhead.contactLines.map(escapeHtml).join("<br>");
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(letter.language)}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title></head>`,
    `<body style="font-family:${FONT_STACK};font-size:11pt;line-height:1.35;color:#000000;">`,
    body,
    `<p dir="auto" style="margin:16px 0 10px 0;">${signature}</p>`,
    contact === "" ? "" : `<p style="margin:0;font-size:9pt;color:#${MUTED_COLOUR};">${contact}</p>`,
    "</body>",
    "</html>",
  ].filter((line) => line !== "").join("\n");
}
