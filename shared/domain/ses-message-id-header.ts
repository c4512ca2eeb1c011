/**
 * The Message-ID header SES writes on an email it sent: its own message id at its Message-ID domain. The
 * sender learns the id from SendEmail's answer, ses-events from the configuration set's Send event: both
 * must name the email the same way, since a reply quotes the header.
 */
export function sesMessageIdHeader(sesMessageId: string, messageIdDomain: string): string {
  return `<${sesMessageId}@${messageIdDomain}>`;
}
