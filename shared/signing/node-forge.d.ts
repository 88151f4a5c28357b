/**
 * The few node-forge (1.4.x) APIs the signing engine uses, typed here on purpose: @types/node-forge
 * starts with `/// <reference types="node" />`, which would bring Buffer and process into shared/
 * and defeat its no-Node typecheck (architecture.md, pattern 2). Binary data is a "binary string"
 * (one char per byte), as forge expects.
 */
declare module 'node-forge' {
  namespace forge {
    interface ByteBuffer {
      getBytes(): string;
      bytes(): string;
    }
    interface Asn1 {
      tagClass: number;
      type: number;
      constructed: boolean;
      value: Asn1[] | string;
    }
    interface PrivateKey {
      n: unknown;
      /** RSASSA-PKCS1-v1_5 in JavaScript arithmetic: only the benchmark uses it, for comparison. */
      sign(md: MessageDigest): string;
    }
    interface Certificate {
      tbsCertificate?: Asn1;
    }
    interface Bag {
      type: string;
      key?: PrivateKey | null;
      cert?: Certificate | null;
      asn1?: Asn1;
      attributes: Record<string, unknown>;
    }
    interface Pkcs12Pfx {
      getBags(filter: { bagType: string }): Record<string, Bag[] | undefined>;
    }
    interface MessageDigest {
      update(bytes: string): MessageDigest;
      digest(): ByteBuffer;
    }
    const asn1: {
      fromDer(bytes: string, strict?: boolean): Asn1;
      toDer(obj: Asn1): ByteBuffer;
    };
    const pki: {
      oids: Record<string, string>;
      privateKeyFromAsn1(obj: Asn1): PrivateKey;
      privateKeyToAsn1(key: PrivateKey): Asn1;
      wrapRsaPrivateKey(obj: Asn1): Asn1;
      certificateFromAsn1(obj: Asn1, computeHash?: boolean): Certificate;
      certificateToAsn1(cert: Certificate): Asn1;
    };
    const pkcs12: {
      pkcs12FromAsn1(obj: Asn1, strict: boolean, password: string): Pkcs12Pfx;
      toPkcs12Asn1(
        key: PrivateKey,
        cert: Certificate | Certificate[],
        password: string,
        options?: { algorithm?: 'aes128' | 'aes192' | 'aes256' | '3des'; count?: number; friendlyName?: string },
      ): Asn1;
    };
    const md: {
      sha1: { create(): MessageDigest };
      sha256: { create(): MessageDigest };
      sha384: { create(): MessageDigest };
      sha512: { create(): MessageDigest };
    };
  }
  export default forge;
}
