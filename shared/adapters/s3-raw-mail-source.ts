import { GetObjectCommand, NoSuchKey, type S3Client } from "@aws-sdk/client-s3";
import { toDependencyError } from "./to-dependency-error.js";

/** Reads the raw MIME messages SES stored; undefined when the object is gone. */
export class S3RawMailSource {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  async read(messageId: string, maxBytes: number): Promise<Buffer | undefined> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: `${this.prefix}${messageId}` }),
      );
      if ((out.ContentLength ?? 0) > maxBytes) return Buffer.alloc(maxBytes + 1);
      const bytes = await out.Body?.transformToByteArray();
      return bytes ? Buffer.from(bytes) : undefined;
    } catch (err) {
      if (err instanceof NoSuchKey || (err as Error).name === "NoSuchKey") return undefined;
      throw toDependencyError("The inbound mail bucket", err);
    }
  }
}
