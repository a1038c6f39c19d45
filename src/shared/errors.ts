/** The text of an error as a user should read it: without the message type a MessageError adds. */
import { MessageError } from './messaging';

export function userMessage(error: unknown): string {
  if (error instanceof MessageError) return error.message.slice(error.type.length + 2);
  return error instanceof Error ? error.message : String(error);
}
