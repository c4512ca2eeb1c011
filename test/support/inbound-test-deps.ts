import type { Interview } from "../../shared/domain/interview.js";
import {
  interviewAddressToken,
  verifyInterviewAddressToken,
} from "../../shared/mail/interview-address-token.js";
import { replyToken, verifyReplyToken } from "../../shared/mail/reply-token.js";
import type { InboundDeps } from "../../shared/use-cases/inbound-deps.js";
import { FakeMailer } from "./fake-mailer.js";
import { InMemoryMessageIndex } from "./in-memory-message-index.js";
import { InMemorySuppressionList } from "./in-memory-suppression-list.js";
import { type TestDeps, testDeps } from "./test-deps.js";

/** The secret the inbound tests sign reply and interview address tokens with. */
export const REPLY_SECRET = "unit-test-secret-0123456789abcdef";
/** The domain the inbound tests' reply addresses are at. */
export const REPLY_DOMAIN = "reply.example.com";

/** The signed Reply-To address of a step, as the sender put it on the email. */
export const replyAddress = (interview: Pick<Interview, "id">, stepId: string, secret = REPLY_SECRET) =>
  `${replyToken(secret, interview.id, stepId)}@${REPLY_DOMAIN}`;

/** The interview's own address, the one the candidate forwards a contact's mail to. */
export const interviewAddress = (interview: Pick<Interview, "id">, secret = REPLY_SECRET) =>
  `${interviewAddressToken(secret, interview.id)}@${REPLY_DOMAIN}`;

/** The SES Message-ID the sender recorded for a step. */
export const sesMessageId = (interviewId: string, stepId: string) =>
  `<0100019a-${interviewId.toLowerCase()}-${stepId}@email.amazonses.com>`;

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
