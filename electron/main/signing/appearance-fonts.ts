/**
 * Roboto Regular and Medium for the visible signature block (the faces of the documents), as the
 * signing engine wants them injected. Vite inlines the .ttf files (`?inline`, a base64 data URL)
 * into the main bundle, so the packaged app has no file to find inside its asar; the scripts and
 * tests that import this get the same bytes. Licence: resources/fonts/LICENSE (SIL OFL 1.1).
 */
import { type AppearanceFontBytes, dataUrlBytes } from '@shared/signing';
import regular from '../../../resources/fonts/Roboto-Regular.ttf?inline';
import bold from '../../../resources/fonts/Roboto-Medium.ttf?inline';

let decoded: AppearanceFontBytes | null = null;

/**
 * Decoded on the first signature (~5 ms, kept off the app's start), then the same arrays every
 * time: signPdf caches the parsed fonts per byte array.
 */
export function appearanceFonts(): AppearanceFontBytes {
  decoded ??= { regular: dataUrlBytes(regular), bold: dataUrlBytes(bold) };
  return decoded;
}
