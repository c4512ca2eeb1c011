/** Where the raw MIME messages SES received are kept (the receipt rule's S3 action). */
export interface RawMailSource {
  /** The message, a buffer longer than `maxBytes` when it is bigger, or undefined when it is gone. */
  read(messageId: string, maxBytes: number): Promise<Buffer | undefined>;
}
