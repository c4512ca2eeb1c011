import * as z from "zod/mini";

/** What a function that names the emails SES sent needs: the domain of the Message-ID header SES writes. */
export const messageIdDomainConfigShape = () => ({
  /** Overrides the domain of the Message-ID header SES writes (default: from AWS_REGION). */
  SES_MESSAGE_ID_DOMAIN: z.optional(z.string().check(z.regex(/^[a-z0-9.-]+$/i, "must be a domain name"))),
});

export interface MessageIdDomainConfig {
  sesMessageIdDomain?: string | undefined;
}
export const readMessageIdDomainConfig = (
  c: z.infer<z.ZodMiniObject<ReturnType<typeof messageIdDomainConfigShape>>>,
): MessageIdDomainConfig => ({ sesMessageIdDomain: c.SES_MESSAGE_ID_DOMAIN });
