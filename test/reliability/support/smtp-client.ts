import nodemailer from "nodemailer";

export type MailOptions = Parameters<ReturnType<typeof nodemailer.createTransport>["sendMail"]>[0];

/** Sends mail to the local stack's SMTP listener; resolves when the transaction ended (250, or throws). */
export function smtpClient(port: number) {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  return {
    send: (mail: MailOptions) => transport.sendMail(mail),
    close: () => transport.close(),
  };
}
