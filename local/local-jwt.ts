import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from "jose";
import { isServableOwner } from "../shared/domain/is-servable-owner.js";

export const LOCAL_JWT_ISSUER = "https://followup.local/";
export const LOCAL_JWT_AUDIENCE = "followup-api";
const ALG = "RS256";
const MAX_VERIFIED = 10_000;
/** The signing key's file under the data dir: a stack that ran there has one. */
export const JWT_KEY_FILE = "jwt-signing-key.json";

type Key = Awaited<ReturnType<typeof importJWK>>;

/**
 * Local bearer tokens: RS256 JWTs signed with a key kept under the data dir, the same kind of token an
 * API Gateway JWT authorizer verifies against a real identity provider.
 */
export class LocalJwt {
  /**
   * Tokens already verified, with their claims: an RS256 signature check per request was a tenth of a
   * read's CPU under bench:load. Bounded (cleared when full): tokens come from requests.
   */
  private readonly verified = new Map<string, JWTPayload>();

  private constructor(
    private readonly privateKey: Key,
    private readonly publicKey: Key,
  ) {}

  static async open(dataDir: string): Promise<LocalJwt> {
    const file = join(dataDir, JWT_KEY_FILE);
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      const { privateKey } = await generateKeyPair(ALG, { extractable: true });
      writeFileSync(file, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600 });
      chmodSync(file, 0o600);
    }
    const jwk = JSON.parse(readFileSync(file, "utf8")) as JWK;
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
    return new LocalJwt(await importJWK(jwk, ALG), await importJWK(publicJwk, ALG));
  }

  async sign(subject: string, ttlSeconds = 7 * 86_400): Promise<string> {
    return new SignJWT({ scope: "followups" })
      .setProtectedHeader({ alg: ALG, typ: "JWT" })
      .setSubject(subject)
      .setIssuer(LOCAL_JWT_ISSUER)
      .setAudience(LOCAL_JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.privateKey);
  }

  /**
   * The claims of a valid token; throws for anything else (bad signature, issuer, audience, expiry, a
   * subject over 256 characters or otherwise unfit for the table's keys).
   */
  async verify(token: string): Promise<JWTPayload> {
    const known = this.verified.get(token);
    // A token verified before is only checked for expiry again (as jose does: expired at `exp`).
    if (known && typeof known.exp === "number" && known.exp > Math.floor(Date.now() / 1000)) return known;
    if (known) this.verified.delete(token);
    const payload = await this.verifyFully(token);
    if (this.verified.size >= MAX_VERIFIED) this.verified.clear();
    this.verified.set(token, payload);
    return payload;
  }

  private async verifyFully(token: string): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.publicKey, {
      issuer: LOCAL_JWT_ISSUER,
      audience: LOCAL_JWT_AUDIENCE,
      algorithms: [ALG],
      requiredClaims: ["sub", "exp"],
    });
    // The same bound the handlers apply: a subject too long for the table's keys is no valid token here.
    if (typeof payload.sub !== "string" || !isServableOwner(payload.sub)) {
      throw new Error("the token's subject is too long or malformed");
    }
    return payload;
  }
}
