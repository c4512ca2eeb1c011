import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../local/repo-root.js";
import { formatCalendarDate } from "../../../web/src/format-calendar-date.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";
import { compareScreenshot } from "./compare-screenshot.js";
import { launchChromium } from "./launch-chromium.js";

let h: Awaited<ReturnType<typeof startHarness>>;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  h = await startHarness();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

/** A page in New York time and US English (or `locale`), recording anything the browser refused or failed on. */
async function openPage(viewport = { width: 1280, height: 800 }, locale = "en-US") {
  context = await browser.newContext({ viewport, timezoneId: "America/New_York", locale });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    // The API's 4xx answers the app shows (a field's problem, a refused token) are logged by Chromium too.
    if (m.type() === "error" && !/^Failed to load resource: .* status of 4\d\d/.test(m.text()))
      problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("requestfailed", (r) => problems.push(`${r.url()} ${r.failure()?.errorText}`));
  return { page, problems };
}

const statusOf = async (page: Page, stepId: string) =>
  (await page.locator(`[data-step="${stepId}"] .badge`).textContent())?.trim();

describe("the local gateway serves the web app", () => {
  it("at / with a strict Content-Security-Policy, hashed assets cached for a year, and a /config.json", async () => {
    const index = await fetch(`${h.stack.apiUrl}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = index.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await index.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);

    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
    const script = await fetch(`${h.stack.apiUrl}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get("cache-control")).toContain("immutable");
    expect(script.headers.get("content-type")).toMatch(/javascript/);

    const deep = await fetch(`${h.stack.apiUrl}/app/interviews/anything`);
    expect(await deep.text()).toBe(html);

    const config = await fetch(`${h.stack.apiUrl}/config.json`);
    expect(await config.json()).toEqual({ apiUrl: h.stack.apiUrl, auth: { kind: "token" } });
  });

  it("leaves every API path and unknown path to the API", async () => {
    expect((await h.api("GET", "/interviews")).status).toBe(401);
    expect((await h.api("GET", "/health")).json).toEqual({ status: "ok" });
    for (const path of [
      "/nope",
      "/assets/missing.js",
      "/assets/..%2f..%2fpackage.json",
      "/web/dist/index.html",
    ]) {
      const res = await h.api("GET", path);
      expect(res.status, path).toBe(404);
      expect(res.json.error.code, path).toBe("not_found");
    }
  });
});

describe("the web app in Chromium", () => {
  it("takes the token from the link, registers through the form with a live preview, plays the clock and stops the chain", async () => {
    const token = await h.token("webber");
    const { page, problems } = await openPage();
    await page.goto(`${h.stack.apiUrl}/#token=${token}`);
    await page.getByRole("heading", { name: "Interviews" }).waitFor();
    expect(page.url()).toBe(`${h.stack.apiUrl}/`);
    await page.getByText("No interviews yet").waitFor();

    await page.getByRole("link", { name: "Register an interview" }).click();
    await page.getByRole("heading", { name: "Register an interview" }).waitFor();
    const body = interviewBody(h.stack.clock.now());
    await page.fill("#f-company", body.company);
    await page.fill("#f-role", body.role);
    await page.fill("#f-round", body.round);
    await page.fill("#f-interviewedAt", String(body.interviewedAt).slice(0, 16));
    expect(await page.inputValue("#f-timezone")).toBe("America/New_York");
    await page.fill("#f-candidate-name", body.candidate.name);
    await page.fill("#f-candidate-email", body.candidate.email);
    await page.fill("#f-interviewers-0-name", "Dana Ortiz");
    await page.fill("#f-interviewers-0-email", "dana@");
    await page.fill("#f-interviewers-0-greeting", "Dr. Ortiz");
    await page.fill("#f-recruiter-name", body.recruiter.name);
    await page.fill("#f-recruiter-email", body.recruiter.email);
    await page.fill("#f-referrer-name", "Nagy Anna");
    await page.fill("#f-referrer-email", "anna@friend.example");
    await page.fill("#f-referrer-greeting", "Anna");
    await page.fill("#f-decisionExpectedBy", String(body.decisionExpectedBy));

    // The API's 400 names the field; the form shows it there and marks the input invalid.
    const emailError = page.locator("#f-interviewers-0-email-error");
    await emailError.waitFor();
    expect(await emailError.innerText()).toMatch(/email/);
    expect(await page.getAttribute("#f-interviewers-0-email", "aria-invalid")).toBe("true");
    // By keyboard: saving anyway is refused, and focus goes to the field the API named.
    await page.focus("#f-recruiter-email");
    await page.keyboard.press("Enter");
    await page.locator("#f-interviewers-0-email:focus").waitFor();
    expect((await h.api("GET", "/interviews", { token })).json.items).toEqual([]);

    await page.fill("#f-interviewers-0-email", "dana@acme.example");
    await page.getByRole("heading", { name: "The chain it would plan" }).waitFor();
    await emailError.waitFor({ state: "detached" });
    const planned = await page.locator(".preview-steps li").allInnerTexts();
    expect(planned.length).toBeGreaterThan(2);
    expect(planned.join("\n")).toContain("Thank-you to Dana Ortiz");
    expect((await h.api("GET", "/interviews", { token })).json.items).toEqual([]);

    await page.getByRole("button", { name: "Register and plan the chain" }).click();
    await page.waitForURL(/\/app\/interviews\/[^/]+$/);
    await page.getByRole("heading", { name: "Acme Corp: Staff Engineer" }).waitFor();
    const id = decodeURIComponent(page.url().split("/").pop() ?? "");
    const stored = (await h.api("GET", `/interviews/${id}`, { token })).json;
    expect(stored.steps.length).toBe(planned.length);
    expect(stored.interviewers[0].greeting).toBe("Dr. Ortiz");
    expect(stored.referrer).toEqual({ name: "Nagy Anna", email: "anna@friend.example", greeting: "Anna" });
    expect(planned.join("\n")).toMatch(/Nagy Anna/);
    const first = stored.steps[0].id as string;
    expect(await statusOf(page, first)).toBe("scheduled");
    expect(await page.locator(".step-next").count()).toBe(1);

    // Edit the decision date: the re-planned chain shows before saving, and nothing changes until then.
    const later = new Date(Date.parse(String(body.decisionExpectedBy)) + 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await page.fill("#f-decisionExpectedBy", later);
    await page.getByRole("heading", { name: "The chain after this change" }).waitFor();
    expect((await h.api("GET", `/interviews/${id}`, { token })).json.decisionExpectedBy).toBe(
      body.decisionExpectedBy,
    );
    await page.getByRole("button", { name: "Save changes" }).click();
    // Shown as a day with its weekday, like every other date on the page (not 2026-12-18).
    await page.getByText(`Decision expected by ${formatCalendarDate(later)}`).waitFor();
    expect((await h.api("GET", `/interviews/${id}`, { token })).json.decisionExpectedBy).toBe(later);

    // Edit a contact's greeting: shown with the contact, emptied when the name becomes another person's,
    // kept for a corrected name, and saved as typed.
    await page.selectOption("#edit-contact", "interviewers.0");
    expect(await page.inputValue("#f-interviewers-0-greeting")).toBe("Dr. Ortiz");
    await page.fill("#f-interviewers-0-name", "Sam Novak");
    expect(await page.inputValue("#f-interviewers-0-greeting")).toBe("");
    await page.fill("#f-interviewers-0-name", "Dana Ortiz-Vega");
    expect(await page.inputValue("#f-interviewers-0-greeting")).toBe("Dr. Ortiz");
    await page.fill("#f-interviewers-0-greeting", "Dana");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page
      .locator('#edit-contact option[value="interviewers.0"]', { hasText: "Dana Ortiz-Vega" })
      .waitFor({ state: "attached" });
    const renamed = (await h.api("GET", `/interviews/${id}`, { token })).json.interviewers[0];
    expect(renamed).toMatchObject({ name: "Dana Ortiz-Vega", greeting: "Dana" });

    // Snooze a day: every pending step moves, and the timeline shows the new times.
    const beforeSnooze = Date.parse(stored.steps[0].sendAt);
    await page.fill("#snooze-days", "1");
    await page.getByRole("button", { name: "Snooze" }).click();
    await page.getByRole("status").filter({ hasText: "moved" }).waitFor();
    const snoozed = (await h.api("GET", `/interviews/${id}`, { token })).json;
    const firstAfter = snoozed.steps.find((s: { id: string }) => s.id === first);
    expect(Date.parse(firstAfter.sendAt)).toBeGreaterThanOrEqual(beforeSnooze + 86_400_000);
    expect(await page.locator(`[data-step="${first}"] time`).getAttribute("datetime")).toBe(
      firstAfter.sendAt,
    );

    // Play a week: the first steps go out, and the timeline says so.
    const moved = await h.advance("P7D");
    expect(moved.json.fired).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.locator(`[data-step="${first}"] .badge`, { hasText: "sent" }).waitFor();
    const afterClock = (await h.api("GET", `/interviews/${id}`, { token })).json;
    const sent = afterClock.steps.filter((s: { status: string }) => s.status === "sent");
    expect(sent.length).toBeGreaterThan(0);
    expect(await page.locator(".step-sent").count()).toBe(sent.length);
    // The email as it went out opens from its (keyboard-reachable) summary.
    const firstSent = sent.find((s: { id: string }) => s.id === first) ?? sent[0];
    const disclosure = page.locator(`[data-step="${firstSent.id}"] .email-as-sent`);
    await disclosure.locator("summary").focus();
    await page.keyboard.press("Enter");
    await disclosure.getByText(firstSent.sentEmail.subject, { exact: true }).waitFor();

    await page.selectOption("#stop-outcome", "offer");
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await page.locator(".page-head .badge", { hasText: "stopped" }).waitFor();
    expect(await page.getByRole("button", { name: "Stop", exact: true }).count()).toBe(0);
    const stopped = (await h.api("GET", `/interviews/${id}`, { token })).json;
    expect(stopped.status).toBe("stopped");
    expect(stopped.stopReason).toBe("offer");

    // The list filters by status, and the insights chart counts what went out.
    await page.getByRole("link", { name: "Interviews", exact: true }).click();
    await page.selectOption("#status-filter", "active");
    await page.getByText("No active interviews.").waitFor();
    await page.selectOption("#status-filter", "stopped");
    await page.getByRole("link", { name: "Acme Corp: Staff Engineer" }).waitFor();
    await page.getByRole("link", { name: "What worked" }).click();
    await page.locator("svg[role=img] .bar-sent").first().waitFor();
    expect(await page.locator("svg[role=img]").innerHTML()).toContain(
      `${sent.filter((s: { kind: string }) => s.kind === "thank_you").length} sent`,
    );

    expect(problems).toEqual([]);
  });

  it("labels each contact field as the API treats it: a recruiter's and a referrer's email required, an interviewer's optional", async () => {
    const { page, problems } = await openPage();
    const label = async (field: string) => (await page.locator(`label[for="${field}"]`).innerText()).trim();

    await page.goto(`${h.stack.apiUrl}/app/new#token=${await h.token("labeller")}`);
    await page.getByRole("heading", { name: "Register an interview" }).waitFor();
    expect(await page.locator("legend", { hasText: "Recruiter" }).innerText()).toBe("Recruiter (optional)");
    expect(await label("f-recruiter-name")).toBe("Recruiter name");
    expect(await label("f-recruiter-email")).toBe("Recruiter email");
    expect(await page.locator("legend", { hasText: "Referrer" }).innerText()).toBe("Referrer (optional)");
    expect(await label("f-referrer-email")).toBe("Referrer email");
    expect(await label("f-interviewers-0-email")).toBe("Interviewer 1 email (optional)");

    // The edit form, on a fixed interview with a recruiter, a referrer and an interviewer.
    const interview = JSON.parse(
      readFileSync(new URL("./fixtures/timeline-interview.json", import.meta.url), "utf8"),
    ) as { id: string; status: string };
    expect(interview.status).toBe("active");
    const withReferrer = { ...interview, referrer: { name: "Lee Park", email: "lee@example.com" } };
    await page.route(
      (url) => url.pathname === `/interviews/${interview.id}`,
      (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(withReferrer) }),
    );
    await page.goto(`${h.stack.apiUrl}/app/interviews/${interview.id}#token=fixture`);
    await page.getByRole("heading", { name: "Edit" }).waitFor();
    expect(await page.inputValue("#edit-contact")).toBe("recruiter");
    expect(await label("f-recruiter-name")).toBe("Name");
    expect(await label("f-recruiter-email")).toBe("Email");
    await page.selectOption("#edit-contact", "referrer");
    expect(await label("f-referrer-email")).toBe("Email");
    await page.selectOption("#edit-contact", "interviewers.0");
    expect(await label("f-interviewers-0-name")).toBe("Name");
    expect(await label("f-interviewers-0-email")).toBe("Email (optional)");
    expect(problems).toEqual([]);
  });

  it("refuses to save an edit made on a copy that changed meanwhile, says so, and saves after a reload", async () => {
    const token = await h.token("two-devices");
    const created = await h.api("POST", "/interviews", {
      token,
      body: interviewBody(h.stack.clock.now(), { company: "Stale Copy Ltd" }),
    });
    const id = created.json.id as string;
    const { page, problems } = await openPage();
    await page.goto(`${h.stack.apiUrl}/app/interviews/${encodeURIComponent(id)}#token=${token}`);
    await page.getByRole("heading", { name: "Edit" }).waitFor();

    // Meanwhile another device (the CLI) changes the decision date.
    const elsewhere = "2027-01-15";
    expect(
      (await h.api("PATCH", `/interviews/${id}`, { token, body: { decisionExpectedBy: elsewhere } })).status,
    ).toBe(200);
    const later = "2027-01-22";
    await page.fill("#f-decisionExpectedBy", later);
    await page.getByRole("button", { name: "Save changes" }).click();

    await page.getByRole("alert").filter({ hasText: "changed since you opened it" }).waitFor();
    expect((await h.api("GET", `/interviews/${id}`, { token })).json.decisionExpectedBy).toBe(elsewhere);

    // Reloading shows the other change; the edit typed here is kept and now saves.
    await page.getByRole("button", { name: "Reload" }).click();
    await page.getByText(`Decision expected by ${formatCalendarDate(elsewhere)}`).waitFor();
    expect(await page.inputValue("#f-decisionExpectedBy")).toBe(later);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText(`Decision expected by ${formatCalendarDate(later)}`).waitFor();
    expect((await h.api("GET", `/interviews/${id}`, { token })).json.decisionExpectedBy).toBe(later);
    expect(problems).toEqual([]);
  });

  it("keeps the keyboard's place: after registering on the heading, after a snooze on its button, after a stop on the heading", async () => {
    const token = await h.token("keyboarder");
    const { page, problems } = await openPage();
    const focused = () => page.evaluate("document.activeElement && document.activeElement.id");
    await page.goto(`${h.stack.apiUrl}/app/new#token=${token}`);
    await page.getByRole("heading", { name: "Register an interview" }).waitFor();
    const body = interviewBody(h.stack.clock.now());
    await page.fill("#f-company", body.company);
    await page.fill("#f-role", body.role);
    await page.fill("#f-round", body.round);
    await page.fill("#f-interviewedAt", String(body.interviewedAt).slice(0, 16));
    await page.fill("#f-candidate-name", body.candidate.name);
    await page.fill("#f-candidate-email", body.candidate.email);
    await page.fill("#f-interviewers-0-name", "Dana Ortiz");
    await page.fill("#f-recruiter-name", body.recruiter.name);
    await page.fill("#f-recruiter-email", body.recruiter.email);
    await page.getByRole("button", { name: "Register and plan the chain" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Acme Corp: Staff Engineer" }).waitFor();
    await expect.poll(focused).toBe("interview-title");

    await page.fill("#snooze-days", "1");
    await page.getByRole("button", { name: "Snooze" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "moved" }).waitFor();
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Snooze");

    await page.getByRole("button", { name: "Stop", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.locator(".page-head .badge", { hasText: "stopped" }).waitFor();
    await expect.poll(focused).toBe("interview-title");
    expect(problems).toEqual([]);
  });

  it("says what is wrong with 'When' in the picker's terms, never the API's ISO 8601 offsets", async () => {
    const { page, problems } = await openPage();
    await page.goto(`${h.stack.apiUrl}/app/new#token=${await h.token("whener")}`);
    await page.getByRole("heading", { name: "Register an interview" }).waitFor();
    const whenError = page.locator("#f-interviewedAt-error");

    // Nothing picked: the API refuses "" as not ISO 8601; the person left the field empty.
    await page.getByRole("button", { name: "Register and plan the chain" }).click();
    await whenError.waitFor();
    expect(await whenError.innerText()).toBe("needs a date and a time");

    // A time picked in a zone that is none: it could not be read, and the zone is what to fix.
    await page.fill("#f-interviewedAt", "2026-12-08T10:00");
    await page.fill("#f-timezone", "Mars/Base");
    await page.getByRole("button", { name: "Register and plan the chain" }).click();
    await page.locator("#f-timezone-error").waitFor();
    await page.getByText("could not be read in the time zone").waitFor();
    expect(await whenError.innerText()).toBe("could not be read in the time zone, which is not valid");
    expect(await page.locator("#f-timezone-error").innerText()).toMatch(/IANA time zone/);
    expect(problems).toEqual([]);
  });

  it("starts the register form in the country of the browser's language (de-DE: DE), not always US", async () => {
    const { page, problems } = await openPage(undefined, "de-DE");
    await page.goto(`${h.stack.apiUrl}/app/new#token=${await h.token("berliner")}`);
    await page.getByRole("heading", { name: "Register an interview" }).waitFor();

    expect(await page.inputValue("#f-country")).toBe("DE");
    expect(problems).toEqual([]);
  });

  it("asks for a token when the stored one is refused", async () => {
    const { page } = await openPage();
    await page.goto(`${h.stack.apiUrl}/#token=not-a-jwt`);
    await page.getByText("The API refused the token").waitFor();
    expect(await page.evaluate('localStorage.getItem("followup.token")')).toBeNull();
    await page.fill("#token", await h.token("paster"));
    await page.getByRole("button", { name: "Use this token" }).click();
    await page.getByRole("heading", { name: "Interviews" }).waitFor();
  });
});

describe("the timeline looks the same", () => {
  const fixture = readFileSync(new URL("./fixtures/timeline-interview.json", import.meta.url), "utf8");
  const id = (JSON.parse(fixture) as { id: string }).id;

  for (const [name, viewport] of [
    ["timeline-phone", { width: 390, height: 844 }],
    ["timeline-desktop", { width: 1280, height: 800 }],
  ] as const) {
    it(`at ${name.replace("timeline-", "")} width (${viewport.width}x${viewport.height})`, async () => {
      const { page, problems } = await openPage(viewport);
      await page.clock.setFixedTime(new Date("2026-12-04T15:00:00Z"));
      // Fixed data: this one interview answered as the API would, whatever the stack holds.
      await page.route(
        (url) => url.pathname === `/interviews/${id}`,
        (route) => route.fulfill({ status: 200, contentType: "application/json", body: fixture }),
      );
      await page.goto(`${h.stack.apiUrl}/app/interviews/${id}#token=fixture`);
      await page.getByRole("heading", { name: "Acme Corp: Staff Engineer" }).waitFor();
      expect(await page.locator(".step").count()).toBe(5);
      // Nothing wider than the screen: no sideways scrolling on a phone.
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(viewport.width);
      expect(await page.locator(".step-next .step-title").innerText()).toBe(
        "Note before the decision to Priya Shah",
      );
      const shot = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
      const result = compareScreenshot(name, shot);
      expect(result.problem, name).toBeUndefined();
      expect(problems).toEqual([]);
    });
  }
});

describe("npm start", () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "followup-web-start-"));
  afterAll(() => {
    child?.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints a link that opens the web app signed in", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, FOLLOWUP_DATA_DIR: dataDir };
    for (const name of ["PORT", "DYNAMODB_PORT", "SCHEDULER_PORT", "SES_PORT", "S3_PORT", "SMTP_PORT"])
      env[name] = "0";
    const tsx = join(REPO_ROOT, "node_modules", ".bin", "tsx");
    child = spawn(tsx, ["local/start.ts"], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const banner = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`no banner after 60 s:\n${out}`)), 60_000);
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("Ctrl-C stops it")) {
          clearTimeout(timer);
          resolve(out);
        }
      };
      child?.stdout?.on("data", onData);
      child?.stderr?.on("data", onData);
    });
    const link = /^ {2}(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+\.[\w-]+\.[\w-]+)$/m.exec(banner)?.[1];
    expect(link, banner).toBeDefined();
    // Its next steps make a token with this data dir's key: without it, `npm run token` signs with .data's
    // (making one if there is none), and the stack answers 401.
    expect(banner).toContain(`TOKEN=$(FOLLOWUP_DATA_DIR=${dataDir} npm run -s token -- sam)`);
    const { page, problems } = await openPage();
    await page.goto(link ?? "");
    await page.getByText("No interviews yet").waitFor();
    expect(page.url()).not.toContain("#token");
    expect(problems).toEqual([]);
  }, 90_000);
});
