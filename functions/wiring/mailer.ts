import { SesMailer } from "../../shared/adapters/ses-mailer.js";
import { sesMessageIdDomain } from "../../shared/domain/ses-message-id-domain.js";
import { sesClient } from "../clients/ses-client.js";

/** The mailer every function that sends uses: our identity, our configuration set, SES's Message-ID domain. */
export function mailer(config: {
  mailFromAddress: string;
  sesConfigurationSet?: string | undefined;
  sesMessageIdDomain?: string | undefined;
}): SesMailer {
  return new SesMailer(sesClient(), {
    fromAddress: config.mailFromAddress,
    configurationSet: config.sesConfigurationSet,
    // AWS_REGION is the Lambda runtime's own variable, not ours: the SDK reads it too.
    messageIdDomain: config.sesMessageIdDomain ?? sesMessageIdDomain(process.env.AWS_REGION),
  });
}
