import { describe, expect, it } from "vitest";
import { interviewBody } from "../support/interview-body.js";
import { browserAppSuite } from "./browser-app-suite.js";
import { fillRegisterForm } from "./fill-register-form.js";

const s = browserAppSuite();

describe("the web app when an answer is lost", () => {
  it("registers once when the first answer never arrived and the person clicks again", async () => {
    const token = await s.h.token("retrier");
    const opened = await s.open();
    const { page, problems } = opened;
    await page.goto(`${s.h.stack.apiUrl}/app/new#token=${token}`);
    await page.getByRole("heading", { name: "Register an interview" }).waitFor();
    await fillRegisterForm(page, interviewBody(s.h.stack.clock.now()));

    // The first POST reaches the API and is stored, but its answer is lost on the way back.
    let posts = 0;
    await page.route(
      (url) => url.pathname === "/interviews",
      async (route) => {
        if (route.request().method() !== "POST") return route.continue();
        posts += 1;
        if (posts > 1) return route.continue();
        await route.fetch();
        await route.abort("connectionreset");
      },
    );
    const save = page.getByRole("button", { name: "Register and plan the chain" });
    await save.click();
    await page.getByText("could not be reached").waitFor();
    await save.click();
    await page.waitForURL(/\/app\/interviews\/[^/]+$/);
    await page.getByRole("heading", { name: "Acme Corp: Staff Engineer" }).waitFor();

    expect(posts).toBe(2);
    const items = (await s.h.api("GET", "/interviews", { token })).json.items as { id: string }[];
    expect(items.map((i) => i.id)).toEqual([decodeURIComponent(page.url().split("/").pop() ?? "")]);
    expect(problems.filter((p) => !/ERR_CONNECTION_RESET/.test(p))).toEqual([]);
  });
});

describe("the web app when a request is repeated on purpose", () => {
  it("says a second snooze within minutes moved nothing because one was just applied, not '0 steps moved'", async () => {
    const token = await s.h.token("snoozer");
    const created = await s.h.api("POST", "/interviews", {
      token,
      body: interviewBody(s.h.stack.clock.now()),
    });
    const opened = await s.open();
    const { page, problems } = opened;
    await page.goto(
      `${s.h.stack.apiUrl}/app/interviews/${encodeURIComponent(created.json.id)}#token=${token}`,
    );
    const snooze = page.getByRole("button", { name: "Snooze" });
    const status = page.getByRole("status");
    await snooze.click();
    await status.filter({ hasText: "moved" }).waitFor();
    const first = await status.innerText();
    expect(first).toMatch(/^\d+ steps? moved\.$/);

    await snooze.click();
    await status.filter({ hasNotText: first }).waitFor();
    expect(await status.innerText()).toMatch(/already snoozed/i);
    expect(problems).toEqual([]);
  });
});
