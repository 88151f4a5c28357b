/**
 * Roboto Regular and Medium for the visible signature block in the web version, the same faces the
 * desktop app injects (electron/main/signing/appearance-fonts.ts). Vite inlines the .ttf files as
 * data URLs in this module's own chunk, which browser-signing-host.ts loads on the first signature
 * only. Licence: resources/fonts/LICENSE (SIL OFL 1.1).
 */
import { type AppearanceFontBytes, dataUrlBytes } from '@shared/signing';
import regularUrl from '../../../../resources/fonts/Roboto-Regular.ttf?inline';
import boldUrl from '../../../../resources/fonts/Roboto-Medium.ttf?inline';

/** Decoded once, when the chunk first loads; signPdf caches the parsed fonts per these arrays. */
export const appearanceFonts: AppearanceFontBytes = { regular: dataUrlBytes(regularUrl), bold: dataUrlBytes(boldUrl) };
