import { describe, expect, it } from "vitest";
import { emptyRegisterForm, registerBody } from "../../../web/src/register-form-values.js";

describe("registerBody", () => {
  it("leaves out what was not filled, so the API's problems name only real fields", () => {
    const body = registerBody(emptyRegisterForm("America/New_York"));
    expect(body).not.toHaveProperty("recruiter");
    expect(body).not.toHaveProperty("referrer");
    expect(body).not.toHaveProperty("decisionExpectedBy");
    expect(body.interviewers).toEqual([{ name: "" }]);
    expect(body.interviewedAt).toBe("");
  });

  it("trims, upper-cases the country and reads the time in the chosen zone", () => {
    const body = registerBody({
      ...emptyRegisterForm("Europe/Berlin"),
      company: " Acme ",
      country: "de",
      interviewedAt: "2026-12-01T14:00",
      interviewers: [{ name: "Dana", email: " dana@acme.example ", greeting: " " }],
      recruiterEmail: "priya@acme.example",
    });
    expect(body.company).toBe("Acme");
    expect(body.country).toBe("DE");
    expect(body.interviewedAt).toBe("2026-12-01T14:00:00+01:00");
    expect(body.interviewers).toEqual([{ name: "Dana", email: "dana@acme.example" }]);
    expect(body.recruiter).toEqual({ name: "", email: "priya@acme.example" });
  });

  it("reads the time in the zone as sent, spaces around it (a pasted zone) trimmed", () => {
    // The zone went to the API trimmed but the time was read in it untrimmed: Intl refused " Asia/Tokyo",
    // the local time went out as typed, and the API's "must be ... with a time zone offset" showed on a
    // date-time picker that cannot type one.
    const body = registerBody({
      ...emptyRegisterForm(" Asia/Tokyo "),
      interviewedAt: "2026-12-07T15:00",
    });
    expect(body.timezone).toBe("Asia/Tokyo");
    expect(body.interviewedAt).toBe("2026-12-07T15:00:00+09:00");
  });

  it("sends a greeting only where one was typed, trimmed", () => {
    const body = registerBody({
      ...emptyRegisterForm("Asia/Shanghai"),
      candidateName: "Abdul Rahman Khan",
      candidateGreeting: " Abdul Rahman ",
      interviewers: [
        { name: "Li Ming", email: "li@acme.example", greeting: "Ming" },
        { name: "Bo Chen", email: "", greeting: "" },
      ],
      recruiterName: "Li Wei",
      recruiterEmail: "wei@acme.example",
      recruiterGreeting: "Dr. Li",
    });
    expect(body.candidate).toEqual({ name: "Abdul Rahman Khan", email: "", greeting: "Abdul Rahman" });
    expect(body.interviewers).toEqual([
      { name: "Li Ming", email: "li@acme.example", greeting: "Ming" },
      { name: "Bo Chen" },
    ]);
    expect(body.recruiter).toEqual({ name: "Li Wei", email: "wei@acme.example", greeting: "Dr. Li" });
  });

  it("sends a referrer when either field was filled, as the recruiter", () => {
    const body = registerBody({
      ...emptyRegisterForm("Europe/Budapest"),
      referrerName: " Nagy Anna ",
      referrerEmail: "anna@friend.example",
      referrerGreeting: "Anna",
    });
    expect(body.referrer).toEqual({ name: "Nagy Anna", email: "anna@friend.example", greeting: "Anna" });
    expect(body).not.toHaveProperty("recruiter");
    expect(
      registerBody({ ...emptyRegisterForm("UTC"), referrerEmail: "anna@friend.example" }).referrer,
    ).toEqual({ name: "", email: "anna@friend.example" });
  });
});
