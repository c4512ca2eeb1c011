import { SesMailer, sesMessageIdDomain } from "../../shared/adapters/ses-mailer.js";
import { sesClient } from "../clients/ses-client.js";

/** The mailer every function that sends uses: our identity, our configuration set, SES's Message-ID domain. */
export function mailer(config: {
  MAIL_FROM_ADDRESS: string;
  SES_CONFIGURATION_SET?: string | undefined;
  SES_MESSAGE_ID_DOMAIN?: string | undefined;
}): SesMailer {
  return new SesMailer(sesClient(), {
    fromAddress: config.MAIL_FROM_ADDRESS,
    configurationSet: config.SES_CONFIGURATION_SET,
    // AWS_REGION is the Lambda runtime's own variable, not ours: the SDK reads it too.
    messageIdDomain: config.SES_MESSAGE_ID_DOMAIN ?? sesMessageIdDomain(process.env.AWS_REGION),
  });
}
