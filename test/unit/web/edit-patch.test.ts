import { describe, expect, it } from "vitest";
import { greetingAfterRename } from "../../../shared/domain/greeting-after-rename.js";
import type { Interview } from "../../../web/src/api-types.js";
import { contactValuesOf, editPatch, editValuesOf } from "../../../web/src/edit-patch.js";
import { interviewInput } from "../../../web/src/interview-input.js";

const interview = {
  id: "i1",
  status: "active",
  company: "Acme",
  role: "SRE",
  round: "onsite",
  interviewedAt: "2026-12-01T14:00:00-05:00",
  timezone: "America/New_York",
  country: "US",
  candidate: { name: "Sam Lee", email: "sam@example.com" },
  interviewers: [
    { name: "Dana Ortiz", email: "dana@acme.example", topics: ["billing"] },
    { name: "Lee Park" },
  ],
  recruiter: { name: "Priya Shah", email: "priya@acme.example", greeting: "Dr. Shah" },
  decisionExpectedBy: "2026-12-15",
  mode: "send",
  cadence: "standard",
  steps: [],
  events: [],
} satisfies Interview;

describe("editPatch", () => {
  it("is empty while nothing changed", () => {
    expect(editPatch(interview, editValuesOf(interview))).toEqual({});
  });

  it("carries a new decision date, and null for a cleared one", () => {
    const values = editValuesOf(interview);
    expect(editPatch(interview, { ...values, decisionExpectedBy: "2026-12-20" })).toEqual({
      decisionExpectedBy: "2026-12-20",
    });
    expect(editPatch(interview, { ...values, decisionExpectedBy: "" })).toEqual({ decisionExpectedBy: null });
  });

  it("replaces one interviewer in the list, keeping the others and that contact's other fields", () => {
    const values = { ...editValuesOf(interview), ...contactValuesOf(interview, "interviewers.0") };
    const patch = editPatch(interview, { ...values, contactEmail: "dana.ortiz@acme.example" });
    expect(patch).toEqual({
      interviewers: [
        { name: "Dana Ortiz", email: "dana.ortiz@acme.example", topics: ["billing"] },
        { name: "Lee Park" },
      ],
    });
  });

  it("replaces the recruiter as a whole", () => {
    const values = editValuesOf(interview);
    expect(values.contact).toBe("recruiter");
    expect(editPatch(interview, { ...values, contactName: " Priya S. " })).toEqual({
      recruiter: { name: "Priya S.", email: "priya@acme.example", greeting: "Dr. Shah" },
    });
  });

  it("carries the greeting as typed: kept, changed or left out when emptied", () => {
    const values = editValuesOf(interview);
    expect(values.contactGreeting).toBe("Dr. Shah");
    expect(editPatch(interview, { ...values, contactEmail: "priya.shah@acme.example" })).toEqual({
      recruiter: { name: "Priya Shah", email: "priya.shah@acme.example", greeting: "Dr. Shah" },
    });
    expect(editPatch(interview, { ...values, contactGreeting: " Priya " })).toEqual({
      recruiter: { name: "Priya Shah", email: "priya@acme.example", greeting: "Priya" },
    });
    expect(editPatch(interview, { ...values, contactName: "Li Wei", contactGreeting: "" })).toEqual({
      recruiter: { name: "Li Wei", email: "priya@acme.example" },
    });
  });
});

describe("greetingAfterRename", () => {
  it("keeps a greeting that shares a word with the new name, and empties it for another person", () => {
    expect(greetingAfterRename("Dr. Shah", "Priya Shah-Rao")).toBe("Dr. Shah");
    expect(greetingAfterRename("Ming", "LI MING")).toBe("Ming");
    expect(greetingAfterRename("Dr. Shah", "Li Wei")).toBe("");
    expect(greetingAfterRename("Dr. Shah", "Dr. Li")).toBe("");
    expect(greetingAfterRename("", "Li Wei")).toBe("");
  });
});

describe("interviewInput", () => {
  it("is the registration body of the interview with the patch applied, cleared fields left out", () => {
    const body = interviewInput(interview, {
      decisionExpectedBy: null,
      recruiter: { name: "R", email: "r@x.example" },
    });
    expect(body).not.toHaveProperty("decisionExpectedBy");
    expect(body.recruiter).toEqual({ name: "R", email: "r@x.example" });
    expect(body).not.toHaveProperty("id");
    expect(body).not.toHaveProperty("steps");
    expect(body.interviewedAt).toBe(interview.interviewedAt);
  });
});
