/**
 * TextEncoder/TextDecoder exist in every runtime shared/ runs in (browsers, Node, Electron), but
 * the ES library types do not declare them. Only shared/tsconfig.json reads this file; the root
 * config gets them from the DOM library.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
