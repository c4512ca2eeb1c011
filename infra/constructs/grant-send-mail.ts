import { ArnFormat, type Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";

export interface SendMailGrant {
  /** The verified domain and the address on it: whichever of the two is the SES identity is allowed. */
  sendingDomain: string;
  sendingAddress: string;
  configurationSetName: string;
}

/** SES send as the sending address only, through our configuration set only. */
export function grantSendMail(stack: Stack, role: iam.IRole, grant: SendMailGrant): void {
  const identity = (name: string) =>
    stack.formatArn({
      service: "ses",
      resource: "identity",
      resourceName: name,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: ["ses:SendEmail", "ses:SendRawEmail"],
      resources: [
        identity(grant.sendingDomain),
        identity(grant.sendingAddress),
        stack.formatArn({
          service: "ses",
          resource: "configuration-set",
          resourceName: grant.configurationSetName,
        }),
      ],
      conditions: { StringEquals: { "ses:FromAddress": grant.sendingAddress } },
    }),
  );
}
