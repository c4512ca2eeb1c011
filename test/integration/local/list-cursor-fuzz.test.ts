import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededRandom, seededRandom } from "../../support/seeded-random.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
let token: string;
/** A cursor the API really gave out, decoded: the seed of every mutation. */
let issued: Record<string, unknown>;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

beforeAll(async () => {
  h = await startHarness();
  token = await h.token("lea");
  for (const company of ["Alpha", "Beta"]) {
    const res = await h.api("POST", "/interviews", {
      token,
      body: interviewBody(h.stack.clock.now(), { company }),
    });
    expect(res.status, res.text).toBe(201);
  }
  const page = await h.api("GET", "/interviews?limit=1", { token });
  issued = JSON.parse(Buffer.from(page.json.nextCursor as string, "base64url").toString("utf8"));
});
afterAll(async () => {
  await h?.close();
});

const list = (cursor: string) =>
  h.api("GET", `/interviews?limit=1&cursor=${encodeURIComponent(cursor)}`, { token });

const ODD_VALUES: unknown[] = [
  "",
  " ",
  "x".repeat(1500),
  "é".repeat(700),
  "\ud800",
  "INTERVIEW#",
  "OWNER#lea",
  "OWNER#someone-else",
  "INTERVIEW#01JFAKEFAKEFAKEFAKEFAKEFAK",
  "2026-12-01T10:00:00.000Z#01JFAKEFAKEFAKEFAKEFAKEFAK",
  "9999-99-99T99:99:99.999Z#01ARZ3NDEKTSV4RRFFQ69G5FAV",
  0,
  -1,
  1e308,
  true,
  null,
  [],
  ["INTERVIEW"],
  {},
  { S: "INTERVIEW" },
];

/** A cursor a hostile or careless client might send: random, or an issued one bent in one or two ways. */
function hostileCursor(r: SeededRandom): string {
  const kind = r.int(0, 5);
  if (kind === 0)
    return r.string(r.int(1, 120), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
  if (kind === 1) return r.string(r.int(1, 60), "AZaz09-_+/=%#&? .é\u202e{}\"'");
  const valid = encode(issued);
  if (kind === 2) {
    // Flip, drop or insert characters of a valid cursor.
    const chars = [...valid];
    for (let i = r.int(1, 3); i > 0; i--) {
      const at = r.int(0, chars.length - 1);
      const op = r.int(0, 2);
      if (op === 0) chars[at] = r.string(1, "ABCabc019-_");
      else if (op === 1) chars.splice(at, 1);
      else chars.splice(at, 0, r.string(1, "ABCabc019-_"));
    }
    return chars.join("");
  }
  if (kind === 3) return valid.slice(0, r.int(0, valid.length - 1));
  const key: Record<string, unknown> = { ...issued };
  const fields = Object.keys(key);
  for (let i = r.int(1, 2); i > 0; i--) {
    const op = r.int(0, 3);
    const field = r.pick(fields);
    if (op === 0) key[field] = r.pick(ODD_VALUES);
    else if (op === 1) delete key[field];
    else if (op === 2) key[r.pick(["extra", "gsi2pk", "status", field.toUpperCase()])] = r.pick(ODD_VALUES);
    else key[field] = `${String(key[field])}${r.string(r.int(1, 8), "#AZ09-:.")}`;
  }
  return kind === 4
    ? encode(key)
    : Buffer.from(JSON.stringify(key).slice(0, -r.int(0, 3))).toString("base64url");
}

describe("GET /interviews with a cursor the API never gave out", () => {
  it("answers 400 naming the cursor for a key DynamoDB itself would reject (today a 500)", async () => {
    for (const forged of [
      { ...issued, pk: "" },
      { ...issued, gsi1sk: "x".repeat(1100) },
      { ...issued, sk: "" },
    ]) {
      const res = await list(encode(forged));
      expect(res.status, res.text).toBe(400);
      expect(res.json.error.issues).toEqual([
        { field: "cursor", problem: "is not a cursor this API gave out" },
      ]);
    }
  });

  it("still pages with the cursor it gave out", async () => {
    const res = await list(encode(issued));
    expect(res.status, res.text).toBe(200);
    expect(res.json.items).toHaveLength(1);
  });

  it("never answers a 5xx to thousands of random and mutated cursors (seeded, replayable)", async () => {
    const seed = 20261201;
    const r = seededRandom(seed);
    const failures: string[] = [];
    let rejected = 0;
    for (let run = 0; run < 2500; run++) {
      const cursor = hostileCursor(r);
      if (cursor === "") continue;
      const res = await list(cursor);
      const namesCursor = res.status === 400 && res.json?.error?.issues?.[0]?.field === "cursor";
      if (res.status === 400) rejected++;
      if (!(res.status === 200 || namesCursor))
        failures.push(`seed ${seed} run ${run}: ${res.status} ${cursor}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // The generator is not so tame that everything it makes is a valid cursor.
    expect(rejected).toBeGreaterThan(2000);
  });
});
