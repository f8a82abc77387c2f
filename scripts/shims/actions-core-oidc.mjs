// Stands in for @actions/core's oidc-utils in the bundle. loclint never asks for an OIDC token, and
// the real module loads @actions/http-client (undici) on import: about 80 ms of every action start.
// Should anything ask for a token, the real client is loaded then.
export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient: Real } = await import('../../node_modules/@actions/core/lib/oidc-utils.js');
    return Real.getIDToken(audience);
  }
}
