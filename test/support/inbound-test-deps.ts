import { verifyInterviewAddressToken } from "../../shared/mail/interview-address-token.js";
import { verifyReplyToken } from "../../shared/mail/reply-token.js";
import type { InboundDeps } from "../../shared/use-cases/inbound-deps.js";
import { FakeMailer } from "./fake-mailer.js";
import { InMemoryMessageIndex } from "./in-memory-message-index.js";
import { InMemorySuppressionList } from "./in-memory-suppression-list.js";
import { type TestDeps, testDeps } from "./test-deps.js";

/** The secret the inbound tests sign reply and interview address tokens with. */
export const REPLY_SECRET = "unit-test-secret-0123456789abcdef";
/** The domain the inbound tests' reply addresses are at. */
export const REPLY_DOMAIN = "reply.example.com";

export type InboundTestDeps = TestDeps &
  InboundDeps & { mailer: FakeMailer; messages: InMemoryMessageIndex; suppressions: InMemorySuppressionList };

/** Fresh fakes for every port the inbound use cases take; tokens are verified with REPLY_SECRET. */
export function inboundTestDeps(): InboundTestDeps {
  return {
    ...testDeps(),
    mailer: new FakeMailer(),
    messages: new InMemoryMessageIndex(),
    suppressions: new InMemorySuppressionList(),
    verifyToken: (token) => verifyReplyToken(REPLY_SECRET, token),
    verifyInterviewToken: (token) => verifyInterviewAddressToken(REPLY_SECRET, token),
    replyDomain: REPLY_DOMAIN,
  };
}
