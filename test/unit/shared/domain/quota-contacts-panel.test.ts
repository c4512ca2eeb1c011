import { describe, expect, it } from "vitest";
import { quotaContactAddresses } from "../../../../shared/domain/quota-contact-addresses.js";

describe("quotaContactAddresses: interviewers without an address", () => {
  it("counts only the addresses given, once each", () => {
    expect(
      quotaContactAddresses({
        interviewers: [{ name: "Ann Lee", email: "Ann@acme.test" }, { name: "Bo Chen" }],
        recruiter: { name: "Rita Ruiz", email: "rita@acme.test" },
      }),
    ).toEqual(["ann@acme.test", "rita@acme.test"]);
  });

  it("counts no contact for a panel with no address and no recruiter", () => {
    expect(quotaContactAddresses({ interviewers: [{ name: "Bo Chen" }] })).toEqual([]);
  });
});
