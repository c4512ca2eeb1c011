/**
 * Sender addresses and names that only machines use. Mail from them is never a person's answer, whatever its
 * subject says ("Re: ..." bounces from carriers, list managers' notices).
 */
export const DAEMON_SENDER =
  /^(mail(er)?[-_.]?daemon|post[-_.]?master|mail[-_.]?delivery[-_.]?(subsystem|system)?|mailer|maildelivery|double-bounce|mdaemon|mail[-_.]?admin|smtp[-_.]?(gateway|mailer)|bounce[-_.]?notification|microsoftexchange[0-9a-f]{32})(@|$)/i;

// Separators vary by sender: no-reply, no_reply, no.reply, do_not_reply. `nobody` is the Unix account that
// scripts and web forms send as; no person writes from it.
export const NOREPLY_SENDER =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply-[^@]*|nobody|bounces?|auto[-_.]?reply|auto[-_.]?responder|autoresponse|notifications?|notify|daemon|[a-z0-9._-]*-(request|owner|bounces?)|owner-[^@]+|majordomo|listserv|mailman|fml|ml-admin)(@|$|[+._-])/i;

/** Display names of delivery systems ("Mail Delivery System", "Postmaster", "Mail Administrator"...). */
export const DAEMON_NAME =
  /^\s*"?(mail(er)?[- ]?daemon|post[ _-]?master|mail delivery (sub)?system|mail delivery service|mail (system )?administrator|system administrator|mail delivery|delivery status notification|e-?mail delivery system|microsoft outlook|courier mail server|content-filter|メール配信システム|系统退信|mail[- ]?server)/i;

export const AUTO_SUBMITTED_NO = /^no\b/i;
