import { toBillingChannel } from "./billing-channel";

describe("toBillingChannel", () => {
  it.each([
    { text: "Electronic", channel: "electronic" },
    { text: " e-mail ", channel: "electronic" },
    { text: "EMAIL", channel: "electronic" },
    { text: "Paperless", channel: "electronic" },
    { text: "Portal", channel: "electronic" },
    { text: "Électronique", channel: "electronic" },
    { text: "Paper", channel: "paper" },
    { text: "Post", channel: "paper" },
    { text: "Mail", channel: "paper" },
    { text: "Papier", channel: "paper" },
  ])("reads $text as $channel", ({ text, channel }) => {
    expect(toBillingChannel(text)).toBe(channel);
  });

  it.each([
    { name: "no cell", text: null },
    { name: "a blank", text: "  " },
    { name: "a word it does not know", text: "Courier" },
    { name: "a yes/no answer", text: "Yes" },
    { name: "a number", text: "1" },
    { name: "two channels at once", text: "Paper and e-mail" },
  ])("reads $name as unknown", ({ text }) => {
    expect(toBillingChannel(text)).toBeNull();
  });
});
