import { chooseTemplate } from "./choose-template";
import type { LetterTemplate, TemplateTone } from "./letter-template";

function template(id: string, language: string, tone: TemplateTone): LetterTemplate {
  return { id, language, tone, subject: `${id} ${language} ${tone}`, body: "{{invoice_table}}", subjectCell: null, bodyCell: null };
}

const TEMPLATES = [
  template("past-due", "en", "soft"),
  template("past-due", "en", "firm"),
  template("past-due", "de", "soft"),
  template("past-due", "de", "firm"),
  template("final-notice", "en", "firm"),
  template("final-notice", "de-at", "firm"),
  template("statement", "en", "any"),
  template("statement", "de", "any"),
  template("handover", "de", "firm"),
];

describe("chooseTemplate", () => {
  it.each([
    { name: "the exact match", id: "past-due", tone: "firm", language: "de", subject: "past-due de firm", languageFallback: false, toneFallback: false },
    { name: "a regional customer's base language", id: "past-due", tone: "soft", language: "de-CH", subject: "past-due de soft", languageFallback: false, toneFallback: false },
    { name: "a regional template when the customer has that region", id: "final-notice", tone: "firm", language: "de-AT", subject: "final-notice de-at firm", languageFallback: false, toneFallback: false },
    { name: "English for a language without templates", id: "past-due", tone: "soft", language: "fr", subject: "past-due en soft", languageFallback: true, toneFallback: false },
    { name: "English when the customer has no language", id: "past-due", tone: "soft", language: null, subject: "past-due en soft", languageFallback: false, toneFallback: false },
    { name: "English when German lacks that id", id: "final-notice", tone: "firm", language: "de", subject: "final-notice en firm", languageFallback: true, toneFallback: false },
    { name: "an 'any' template for either tone", id: "statement", tone: "firm", language: "de", subject: "statement de any", languageFallback: false, toneFallback: false },
    { name: "the other tone before another language", id: "final-notice", tone: "soft", language: "en", subject: "final-notice en firm", languageFallback: false, toneFallback: true },
    { name: "an id typed in capitals", id: "PAST-DUE", tone: "firm", language: "EN", subject: "past-due en firm", languageFallback: false, toneFallback: false },
    { name: "a German-only template for an English customer", id: "handover", tone: "firm", language: "en", subject: "handover de firm", languageFallback: false, toneFallback: false, none: true },
  ] as const)("picks $name", ({ id, tone, language, subject, languageFallback, toneFallback, ...rest }) => {
    const choice = chooseTemplate(TEMPLATES, { templateId: id, tone, language });
    if ("none" in rest) {
      expect(choice.template).toBeNull();
      return;
    }
    expect(choice.template?.subject).toBe(subject);
    expect(choice.languageFallback).toBe(languageFallback);
    expect(choice.toneFallback).toBe(toneFallback);
  });

  it.each([
    { name: "an unknown id", id: "thank-you" },
    { name: "an empty id", id: "" },
  ])("finds nothing for $name", ({ id }) => {
    expect(chooseTemplate(TEMPLATES, { templateId: id, tone: "soft", language: "en" })).toEqual({ template: null, languageFallback: false, toneFallback: false });
  });
});
