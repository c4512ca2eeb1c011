/**
 * Headers that mailing-list managers (fml, ezmlm, Mailman, LISTSERV, Google and Yahoo groups) put on their own
 * notices and on list mail, lower-cased. Any of them means no person wrote to us directly, even without a
 * List-Id.
 */
export const LIST_MANAGER_HEADERS: readonly string[] = [
  "x-mlserver",
  "x-ml-name",
  "x-ml-count",
  "x-mail-count",
  "mailing-list",
  "list-subscribe",
  "list-help",
  "list-owner",
  "list-post",
  "x-mailman-version",
  "x-listname",
  "x-list",
];
