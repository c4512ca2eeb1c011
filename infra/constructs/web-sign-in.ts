import { Duration, Stack } from "aws-cdk-lib";
import * as cognito from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";

export interface WebSignInProps {
  userPool: cognito.IUserPool;
  /** The web app's origin (`https://...`, no trailing slash): where the sign-in returns to. */
  appUrl: string;
}

/**
 * The Cognito hosted sign-in for the web app: a domain on amazoncognito.com (its prefix names this account,
 * so it is unique per region) and a public app client (no secret: a browser cannot keep one) for the
 * authorization-code flow with PKCE, returning to the app's own origin only.
 */
export class WebSignIn extends Construct {
  readonly domain: cognito.UserPoolDomain;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: WebSignInProps) {
    super(scope, id);
    this.domain = new cognito.UserPoolDomain(this, "Domain", {
      userPool: props.userPool,
      cognitoDomain: { domainPrefix: `followup-${Stack.of(this).account}` },
    });
    const returnTo = `${props.appUrl}/`;
    this.client = new cognito.UserPoolClient(this, "Client", {
      userPool: props.userPool,
      generateSecret: false,
      // Only the hosted sign-in: no password or SRP flow from the browser itself.
      authFlows: { userSrp: false, userPassword: false, adminUserPassword: false, custom: false },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL],
        callbackUrls: [returnTo],
        logoutUrls: [returnTo],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
  }

  /** The hosted sign-in's host name (`followup-<account>.auth.<region>.amazoncognito.com`), no scheme. */
  get hostedUiDomain(): string {
    return `${this.domain.domainName}.auth.${Stack.of(this).region}.amazoncognito.com`;
  }
}
