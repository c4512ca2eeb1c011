import { S3Client } from "@aws-sdk/client-s3";
import { CACHED_MIDDLEWARE, CLIENT_DEFAULTS, withoutSdkLogging } from "./client-defaults.js";

let client: S3Client | undefined;

export function s3Client(): S3Client {
  client ??= withoutSdkLogging(new S3Client({ ...CLIENT_DEFAULTS, ...CACHED_MIDDLEWARE }));
  return client;
}
