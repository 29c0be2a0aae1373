// Document messages of a whole run, with bounded memory: every message is counted by severity, but
// only the first `limit` warnings and fatal messages are kept to be shown (info is only counted).
import type { DocumentMessage } from "../types/index.ts";

export class MessageLog {
  readonly kept: { file: string; message: DocumentMessage }[] = [];
  readonly counts: Record<DocumentMessage["severity"], number> = { info: 0, warning: 0, fatal: 0 };

  constructor(readonly limit = 1_000) {}

  add(file: string, message: DocumentMessage): void {
    this.counts[message.severity]++;
    if (message.severity !== "info" && this.kept.length < this.limit) this.kept.push({ file, message });
  }

  /** Warnings and fatal messages counted but not kept. */
  get dropped(): number {
    return this.counts.warning + this.counts.fatal - this.kept.length;
  }
}
