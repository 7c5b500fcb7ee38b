import { Call20Regular, Chat20Regular, Mail20Regular, Print20Regular, Building20Regular } from "./icons";
import type { ContactChannel } from "../../core/ledger/ledger";
import type { Channel } from "../../core/policy/policy";

/** Words for each channel, for labels and screen readers. */
export const CHANNEL_WORDS: Readonly<Record<Channel | ContactChannel, string>> = {
  call: "Call",
  "e-mail": "E-mail",
  letter: "Letter",
  visit: "Visit",
  other: "Other",
  none: "No contact",
};

export interface ChannelIconProps {
  /** How the customer is reached. */
  readonly channel: Channel | ContactChannel;
  /** Extra class for the icon, applied last. */
  readonly className?: string;
}

/** The channel's icon with its name as the accessible label (a phone for a call, an envelope for e-mail, a printer for a letter). */
export function ChannelIcon({ channel, className }: ChannelIconProps) {
  const props = { ...(className === undefined ? {} : { className }), "aria-label": CHANNEL_WORDS[channel], role: "img" } as const;
  switch (channel) {
    case "call":
      return <Call20Regular {...props} />;
    case "e-mail":
      return <Mail20Regular {...props} />;
    case "letter":
      return <Print20Regular {...props} />;
    case "visit":
      return <Building20Regular {...props} />;
    default:
      return <Chat20Regular {...props} />;
  }
}
