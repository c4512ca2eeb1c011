import { S3RawMailSource } from "../../shared/adapters/s3-raw-mail-source.js";
import type { RawMailSource } from "../../shared/ports/raw-mail-source.js";
import { s3Client } from "../clients/s3-client.js";

export function rawMailSource(config: {
  inboundMailBucket: string;
  inboundMailPrefix: string;
}): RawMailSource {
  return new S3RawMailSource(s3Client(), config.inboundMailBucket, config.inboundMailPrefix);
}
