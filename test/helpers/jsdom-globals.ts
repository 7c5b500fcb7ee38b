/*
 * Node globals jest's jsdom environment leaves out but browsers (and the pane's imports) have: TextEncoder and
 * TextDecoder (the e-mail writer encodes headers at load), structuredClone. Import this before anything else.
 */
import { TextDecoder, TextEncoder } from "util";

const scope = globalThis as Record<string, unknown>;
if (typeof scope["TextEncoder"] === "undefined") scope["TextEncoder"] = TextEncoder;
if (typeof scope["TextDecoder"] === "undefined") scope["TextDecoder"] = TextDecoder;
