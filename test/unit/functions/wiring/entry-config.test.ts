import { describe, expect, it } from "vitest";
import { entryConfig } from "../../../../functions/wiring/entry-config.js";
import { CONFIG_PIECE_NAMES } from "../../../../shared/config/config-pieces.js";
import { environmentFor } from "../../../../shared/config/environment-for.js";
import { ENTRIES, ENTRY_LIST } from "../../../../shared/entries/entry-catalogue.js";

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

describe("entryConfig", () => {
  it("parses, for every entry, exactly the variables of the pieces its catalogue entry names", () => {
    for (const entry of ENTRY_LIST) {
      const config = entryConfig(entry, { ...DEPLOYED, UNRELATED: "x" }) as unknown as Record<
        string,
        unknown
      >;
      expect(Object.keys(config), entry.entry).not.toContain("UNRELATED");
      expect("tableName" in config, entry.entry).toBe(entry.access.table !== "none");
      expect("senderFunctionArn" in config, entry.entry).toBe(entry.access.schedules === "write");
    }
  });

  it("gives the sender its values with defaults applied and the URL normalised", () => {
    const config = entryConfig(ENTRIES.sender, DEPLOYED);
    expect(config.publicApiUrl).toBe("https://api.example.com");
    expect(config.quotas.emails_per_day).toBeGreaterThan(0);
    expect(config.replyDomain).toBe("reply.example.com");
  });

  it("fails at cold start naming what a misconfigured deploy forgot", () => {
    const { TABLE_NAME: _, ...withoutTable } = DEPLOYED;
    expect(() => entryConfig(ENTRIES.inbound, withoutTable)).toThrow(/Invalid configuration: TABLE_NAME: /);
    expect(() => entryConfig(ENTRIES.health, {})).not.toThrow();
  });
});
