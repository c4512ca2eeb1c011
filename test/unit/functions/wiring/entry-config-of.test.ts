import { describe, expect, it } from "vitest";
import { entryConfig } from "../../../../functions/wiring/entry-config.js";
import { entryConfigOf } from "../../../../functions/wiring/entry-config-of.js";
import {
  CONFIG_PIECE_NAMES,
  MAIL_PIECE,
  OWN_ADDRESSES_PIECE,
  PUBLIC_API_URL_PIECE,
  QUOTA_PIECE,
  REPLY_TOKEN_PIECE,
  SCHEDULING_PIECE,
  TABLE_PIECE,
} from "../../../../shared/config/config-pieces.js";
import { environmentFor } from "../../../../shared/config/environment-for.js";
import { ENTRIES } from "../../../../shared/entries/entry-catalogue.js";

const DEPLOYED = environmentFor(CONFIG_PIECE_NAMES, {
  tableName: "followups",
  scheduleGroupName: "steps",
  senderFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:sender",
  schedulerRoleArn: "arn:aws:iam::123456789012:role/scheduler",
  mailFromAddress: "followups@mail.example.com",
  replyDomain: "reply.example.com",
  replyTokenSecretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:k",
  inboundMailBucket: "inbound",
  publicApiUrl: "https://api.example.com/",
});

const SENDER_PIECES = {
  table: TABLE_PIECE,
  scheduling: SCHEDULING_PIECE,
  replyToken: REPLY_TOKEN_PIECE,
  mail: MAIL_PIECE,
  quota: QUOTA_PIECE,
  publicApiUrl: PUBLIC_API_URL_PIECE,
};

describe("entryConfigOf", () => {
  it("reads the same configuration as entryConfig when handed the entry's own pieces", () => {
    const env = { ...DEPLOYED, UNRELATED: "x" };
    expect(entryConfigOf(ENTRIES.sender, SENDER_PIECES, env)).toEqual(entryConfig(ENTRIES.sender, env));
    const preview = { table: TABLE_PIECE, ownAddresses: OWN_ADDRESSES_PIECE };
    expect(entryConfigOf(ENTRIES.previewPlan, preview, env)).toEqual(entryConfig(ENTRIES.previewPlan, env));
  });

  it("keeps the reply-token check of an entry that reads the token", () => {
    const { REPLY_TOKEN_SECRET_ARN: _, ...withoutKey } = DEPLOYED;
    expect(() => entryConfigOf(ENTRIES.sender, SENDER_PIECES, withoutKey)).toThrow(
      /REPLY_TOKEN_SECRET: set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN/,
    );
  });

  it("refuses pieces that are not exactly the ones the catalogue names for the entry", () => {
    const { quota: _, ...missingQuota } = SENDER_PIECES;
    const cast = (p: object) => p as typeof SENDER_PIECES;
    expect(() => entryConfigOf(ENTRIES.sender, cast(missingQuota), DEPLOYED)).toThrow(
      /are not the entry's: table, scheduling, replyToken, mail, quota, publicApiUrl/,
    );
    expect(() =>
      entryConfigOf(ENTRIES.sender, cast({ ...SENDER_PIECES, ownAddresses: OWN_ADDRESSES_PIECE }), DEPLOYED),
    ).toThrow(/are not the entry's/);
  });
});
