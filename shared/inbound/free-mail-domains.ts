/**
 * Mailbox providers where anyone can open an address: sharing one of these domains with a contact says
 * nothing about who the sender is, so only the contact's exact address counts there.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "ymail.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "mail.com",
  "yandex.com",
  "yandex.ru",
  "mail.ru",
  "zoho.com",
  "fastmail.com",
  "hey.com",
  "tutanota.com",
  "qq.com",
  "163.com",
  "naver.com",
]);

/** True for a free-mail domain, including country variants such as yahoo.co.uk or hotmail.fr. */
export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (FREE_MAIL_DOMAINS.has(d)) return true;
  return /^(yahoo|hotmail|outlook|live|gmx|aol)\.[a-z.]{2,6}$/.test(d);
}
