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
 * so it is unique per region) and a public app client (no secret: a browser cannot keep one) returning to
 * the app's own origin only: the implicit flow, whose tokens come back in the URL's fragment as the local
 * stack's sign-in link does, and the authorization-code flow (with PKCE) for an app that exchanges codes.
 */
export class WebSignIn extends Construct {
  readonly domain: cognito.UserPoolDomain;
  readonly client: cognito.UserPoolClient;
  private readonly returnTo: string;

  constructor(scope: Construct, id: string, props: WebSignInProps) {
    super(scope, id);
    this.domain = new cognito.UserPoolDomain(this, "Domain", {
      userPool: props.userPool,
      cognitoDomain: { domainPrefix: `followup-${Stack.of(this).account}` },
    });
    const returnTo = `${props.appUrl}/`;
    this.returnTo = returnTo;
    this.client = new cognito.UserPoolClient(this, "Client", {
      userPool: props.userPool,
      generateSecret: false,
      // Only the hosted sign-in: no password or SRP flow from the browser itself.
      authFlows: { userSrp: false, userPassword: false, adminUserPassword: false, custom: false },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: true },
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

  /**
   * The hosted sign-in page, returning to the app with `#id_token=...&access_token=...` (either is a bearer
   * token for the API). The return address is left unencoded: it may be a deploy-time value, and `:` and
   * `/` are allowed in a query.
   */
  get signInUrl(): string {
    return `https://${this.hostedUiDomain}/login?client_id=${this.client.userPoolClientId}&response_type=token&scope=openid+email&redirect_uri=${this.returnTo}`;
  }

  /** The hosted sign-in's host name (`followup-<account>.auth.<region>.amazoncognito.com`), no scheme. */
  get hostedUiDomain(): string {
    return `${this.domain.domainName}.auth.${Stack.of(this).region}.amazoncognito.com`;
  }
}
