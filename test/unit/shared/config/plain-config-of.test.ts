import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { entryConfigOf } from "../../../../functions/wiring/entry-config-of.js";
import { plainEntryConfigOf } from "../../../../functions/wiring/plain-entry-config-of.js";
import {
  CONFIG_PIECES,
  type ConfigPieceName,
  OWN_ADDRESSES_PIECE,
  REPLY_TOKEN_PIECE,
  SCHEDULING_PIECE,
  TABLE_PIECE,
} from "../../../../shared/config/config-pieces.js";
import { configSchemaOf } from "../../../../shared/config/config-schema-of.js";
import { parseConfig } from "../../../../shared/config/parse-config.js";
import { plainConfigOf } from "../../../../shared/config/plain-config-of.js";
import {
  PLAIN_OWN_ADDRESSES_PIECE,
  PLAIN_PIECES,
  PLAIN_TABLE_PIECE,
} from "../../../../shared/config/plain-pieces.js";
import { ENTRIES } from "../../../../shared/entries/entry-catalogue.js";

type Env = Record<string, string | undefined>;

const VALID: Env = {
  TABLE_NAME: "followups",
  SCHEDULE_GROUP_NAME: "steps",
  SENDER_FUNCTION_ARN: "arn:aws:lambda:us-east-1:123456789012:function:sender",
  SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/scheduler",
  REPLY_TOKEN_SECRET_ARN: "arn:aws:secretsmanager:us-east-1:123456789012:secret:k",
  MAIL_FROM_ADDRESS: "followups@mail.example.com",
  REPLY_DOMAIN: "reply.example.com",
};

// Same value and same key order: the wiring reads either the same way.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Reader = (env: Env) => object | undefined;
const withPlain = Object.entries(PLAIN_PIECES).map(
  ([name, plainPiece]): [ConfigPieceName, (typeof CONFIG_PIECES)[ConfigPieceName], Reader] => [
    name as ConfigPieceName,
    CONFIG_PIECES[name as ConfigPieceName],
    plainPiece.plain as Reader,
  ],
);

/** What the piece's own schema (its rule over several variables included) gives for `env`, or undefined. */
const zodVariables = (piece: (typeof CONFIG_PIECES)[ConfigPieceName], env: Env) => {
  const object = z.object(piece.shape);
  const schema = "check" in piece && piece.check ? object.check(piece.check() as never) : object;
  const parsed = z.safeParse(schema, env);
  return parsed.success ? parsed.data : undefined;
};

// Values near the edges of each variable's rule, and anything at all.
const value = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      "followups",
      "followups@mail.example.com",
      "first.last+tag@example.co",
      "reply.example.com",
      "REPLY.Example.COM",
      "arn:aws:lambda:us-east-1:123456789012:function:sender",
      "a-local-key-of-32-characters-000",
    ),
  },
  // Unset (a default applies) and small whole numbers: the quotas' plain values.
  { weight: 14, arbitrary: fc.constantFrom(undefined, "5", "50", "0") },
  // URLs, plain and not: the public API URL's values.
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.constantFrom(
        "https://api.example.com",
        "https://api.example.com/",
        "https://abc123.execute-api.us-east-1.amazonaws.com/prod//",
        "http://127.0.0.1:3000",
        "HTTPS://API.EXAMPLE.COM/Prod",
        "https://api.example.com/prod?x=1",
        "https://api.example.com:99999",
        "http:api.example.com",
        "https:/api.example.com",
        "ftp://api.example.com",
        "https://exa mple.com",
        "https://exa\tmple.com",
        " https://api.example.com",
        "https://[::1]:3000",
        "https://ex_ample.com",
        "https://999.999.999.999",
        "https://1.2.3",
        "https://xn--exmple-cua.com",
        "https://-",
        "https://..",
      ),
      fc.webUrl(),
    ),
  },
  fc.constantFrom(
    undefined,
    "",
    " ",
    "\u00a0",
    "followups",
    "  followups\t",
    "followups@mail.example.com",
    " followups@mail.example.com",
    "FOLLOWUPS@MAIL.EXAMPLE.COM",
    "first.last+tag@example.co",
    "a@b.c",
    "a..b@example.com",
    ".a@example.com",
    "a@-example.com",
    "a@example.com.",
    "dana@exämple.com",
    "reply.example.com",
    "REPLY.Example.COM",
    "reply-1.example.io",
    "reply.example",
    "reply.example.c",
    "reply example.com",
    "reply.example.com\n",
    ".example.com",
    "localhost",
    "0",
    "1",
    "007",
    "2000",
    "2001",
    "100000",
    "100001",
    "1000000",
    " 5",
    "2.5",
    "1e3",
    "-1",
    "fifteen-chars-x",
    "sixteen-chars-xx",
    " sixteen-chars-x ",
    "\tarn:aws:iam::1:role/r ",
  ),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.emailAddress(),
  fc.domain(),
);
const envOf = (names: string[]) =>
  fc.record(
    Object.fromEntries(names.map((n) => [n, value])) as Record<string, fc.Arbitrary<string | undefined>>,
  );

describe("the configuration's plain readers", () => {
  it("exist for the pieces whose entries read them at import or on a first request with no other zod", () => {
    expect(withPlain.map(([name]) => name).sort()).toEqual([
      "mail",
      "messageIdDomain",
      "ownAddresses",
      "publicApiUrl",
      "quota",
      "replyToken",
      "scheduling",
      "table",
    ]);
  });

  it.each(withPlain)("%s: answers a deployed value as its schema does", (_name, piece, reader) => {
    const plain = reader(VALID);
    expect(plain).toBeDefined();
    expect(same(plain, zodVariables(piece, VALID))).toBe(true);
  });

  it.each(withPlain)(
    "%s: never answers otherwise than its schema (it may decline)",
    (_name, piece, reader) => {
      const names = Object.keys(piece.shape);
      let answered = 0;
      fc.assert(
        fc.property(envOf(names), (env) => {
          const plain = reader(env);
          if (plain === undefined) return true;
          answered++;
          return same(plain, zodVariables(piece, env));
        }),
        { numRuns: 4000 },
      );
      // A reader that declined everything would pass the property and save nothing.
      expect(answered).toBeGreaterThan(40);
    },
  );
});

describe("plainConfigOf", () => {
  type Preview = readonly ["table", "ownAddresses"];
  const preview = { table: PLAIN_TABLE_PIECE, ownAddresses: PLAIN_OWN_ADDRESSES_PIECE };
  const previewPieces = { table: TABLE_PIECE, ownAddresses: OWN_ADDRESSES_PIECE };

  it("reads an entry's configuration as its schema does, by meaning and in the same order", () => {
    const env = { ...VALID, TABLE_NAME: "  followups ", UNRELATED: "x" };
    const plain = plainConfigOf<Preview>(preview, env);
    expect(plain).toEqual({
      tableName: "followups",
      mailFromAddress: "followups@mail.example.com",
      replyDomain: "reply.example.com",
    });
    expect(same(plain, parseConfig(configSchemaOf<Preview>(previewPieces), env))).toBe(true);
  });

  it("leaves the configuration to the schema when a value is not plainly valid or is missing", () => {
    expect(plainConfigOf<Preview>(preview, { ...VALID, REPLY_DOMAIN: "reply" })).toBeUndefined();
    expect(plainConfigOf<Preview>(preview, { ...VALID, TABLE_NAME: " " })).toBeUndefined();
    const { MAIL_FROM_ADDRESS: _, ...noSender } = VALID;
    expect(plainConfigOf<Preview>(preview, noSender)).toBeUndefined();
  });

  it("is what plainEntryConfigOf reads first, and the schema still words a bad value", () => {
    const env = { ...VALID, UNRELATED: "x" };
    expect(plainEntryConfigOf(ENTRIES.previewPlan, preview, env)).toEqual(
      entryConfigOf(ENTRIES.previewPlan, previewPieces, env),
    );
    expect(() =>
      plainEntryConfigOf(ENTRIES.previewPlan, preview, { ...VALID, REPLY_DOMAIN: "reply" }),
    ).toThrow(/REPLY_DOMAIN: must be a domain name/);
    const manage = {
      table: PLAIN_PIECES.table,
      scheduling: PLAIN_PIECES.scheduling,
      replyToken: PLAIN_PIECES.replyToken,
    };
    const managePieces = { table: TABLE_PIECE, scheduling: SCHEDULING_PIECE, replyToken: REPLY_TOKEN_PIECE };
    expect(plainEntryConfigOf(ENTRIES.manage, manage, env)).toEqual(
      entryConfigOf(ENTRIES.manage, managePieces, env),
    );
    // The reply token's rule over its two variables: neither set is the schema's to word.
    const noKey: Env = { ...VALID, REPLY_TOKEN_SECRET_ARN: undefined };
    expect(() => plainEntryConfigOf(ENTRIES.manage, manage, noKey)).toThrow(
      /REPLY_TOKEN_SECRET: set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN/,
    );
    const cast = (p: object) => p as typeof preview;
    expect(() => plainEntryConfigOf(ENTRIES.previewPlan, cast({ table: PLAIN_TABLE_PIECE }), env)).toThrow(
      /are not the entry's: table, ownAddresses/,
    );
  });
});
