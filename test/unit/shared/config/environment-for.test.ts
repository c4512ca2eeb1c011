import { describe, expect, it } from "vitest";
import {
  CONFIG_PIECE_NAMES,
  CONFIG_PIECES,
  type EnvironmentValues,
} from "../../../../shared/config/config-pieces.js";
import { configSchemaFor } from "../../../../shared/config/config-schema-for.js";
import { environmentFor } from "../../../../shared/config/environment-for.js";
import { parseConfig } from "../../../../shared/config/parse-config.js";

const EVERYTHING: Required<EnvironmentValues> = {
  tableName: "followups",
  scheduleGroupName: "steps",
  senderFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:sender",
  schedulerRoleArn: "arn:aws:iam::123456789012:role/scheduler",
  senderDeadLetterQueueArn: "arn:aws:sqs:us-east-1:123456789012:dlq",
  mailFromAddress: "followups@mail.example.com",
  replyDomain: "reply.example.com",
  sesConfigurationSet: "followups",
  sesMessageIdDomain: "eu-west-1.amazonses.com",
  replyTokenSecret: "a-secret-of-at-least-16-chars",
  replyTokenSecretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:k",
  quotas: {
    interviews_per_day: 3,
    emails_per_day: 4,
    contacts_per_30_days: 5,
    contact_replacements_per_interview: 0,
  },
  inboundMailBucket: "inbound-bucket",
  inboundMailPrefix: "raw/",
  inboundMaxForwardsPerDay: 7,
  inboundMaxAwayDays: 8,
  inboundMaxDateAheadDays: 9,
  publicApiUrl: "https://api.example.com",
};

describe("environmentFor", () => {
  it("fills every variable of every piece, and nothing else", () => {
    for (const name of CONFIG_PIECE_NAMES) {
      const variables = Object.keys(environmentFor([name], EVERYTHING)).sort();
      expect(variables, name).toEqual(Object.keys(CONFIG_PIECES[name].shape).sort());
    }
  });

  it("gives a function exactly the values it is handed, read back by meaning through the composed schema", () => {
    const config = parseConfig(
      configSchemaFor(CONFIG_PIECE_NAMES),
      environmentFor(CONFIG_PIECE_NAMES, EVERYTHING),
    );
    // What a deployment hands in by meaning comes back, by the same names, to the function's wiring.
    expect(config).toEqual(EVERYTHING);
  });

  it("leaves out a variable with a default or an optional one when there is no value", () => {
    const env = environmentFor(["table", "quota", "inboundMail", "publicApiUrl"], {
      tableName: "t",
      inboundMailBucket: "b",
    });
    expect(env).toEqual({ TABLE_NAME: "t", INBOUND_MAIL_BUCKET: "b" });
  });

  it("refuses to leave out a variable a function cannot start without, naming it", () => {
    expect(() => environmentFor(["table"], {})).toThrow(
      /No value for TABLE_NAME \(configuration piece "table"\)/,
    );
    expect(() => environmentFor(["scheduling"], { scheduleGroupName: "g" })).toThrow(/SENDER_FUNCTION_ARN/);
  });
});

describe("configSchemaFor", () => {
  it("reads only the variables of the pieces it is given", () => {
    const config = parseConfig(configSchemaFor(["table"]), { TABLE_NAME: "t", REPLY_DOMAIN: "x.example" });
    expect(config).toEqual({ tableName: "t" });
  });

  it("names every missing or malformed variable", () => {
    expect(() => parseConfig(configSchemaFor(["table", "ownAddresses"]), { REPLY_DOMAIN: "nope" })).toThrow(
      /TABLE_NAME: .*MAIL_FROM_ADDRESS: .*REPLY_DOMAIN: must be a domain name/,
    );
  });

  it("asks for the token key, given or by ARN, when the entry reads it", () => {
    expect(() => parseConfig(configSchemaFor(["replyToken"]), {})).toThrow(
      /set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN/,
    );
    expect(parseConfig(configSchemaFor(["replyToken"]), { REPLY_TOKEN_SECRET_ARN: "arn" })).toEqual({
      replyTokenSecretArn: "arn",
    });
  });
});
