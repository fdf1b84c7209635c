// Only the o200k encoding is imported, so browser bundles do not carry every tokenizer.
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import type { ChatMessage } from "./model";

/** Per-message framing tokens of the chat format (role markers), as OpenAI documents it. */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_REPLY = 3;

/** Size of a chat prompt in o200k tokens (the encoding of current OpenAI models). */
export function countPromptTokens(messages: readonly ChatMessage[]): number {
  let total = TOKENS_PER_REPLY;
  for (const message of messages) total += TOKENS_PER_MESSAGE + countTokens(message.content) + 1;
  return total;
}
