export declare class OidcClient {
  static getIDToken(audience?: string): Promise<string>;
}
