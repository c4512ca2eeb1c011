import { describe, expect, it } from "vitest";
import { composeUnknownDeliveryNotice } from "../../../../shared/mail/compose-unknown-delivery-notice.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { everyKind, stepOf } from "./mail-fixtures.js";

useFixedSystemTime();

describe("composeUnknownDeliveryNotice", () => {
  it("greets the candidate by the first word of their name, or by the greeting they gave", async () => {
    const plain = await everyKind({ candidate: { name: "Khan Abdul Rahman", email: "abdul@example.com" } });
    const greeted = await everyKind({
      candidate: { name: "Khan Abdul Rahman", email: "abdul@example.com", greeting: "Abdul Rahman" },
    });

    expect(composeUnknownDeliveryNotice(plain, stepOf(plain, "thank_you")).text).toMatch(/^Hi Khan,\n\n/);
    const notice = composeUnknownDeliveryNotice(greeted, stepOf(greeted, "thank_you"));
    expect(notice.text).toMatch(/^Hi Abdul Rahman,\n\nYour thank-you to /);
    expect(notice.to).toEqual([{ name: "Khan Abdul Rahman", email: "abdul@example.com" }]);
  });
});
