/** What other areas mount or call: the signing area, the Settings card, and the sign action. */
export { SigningArea, SIGNING_TABS, type SigningTab } from './SigningArea';
export { TrustedCertificatesCard } from './TrustedCertificatesCard';
export { SignDocumentButton, type DocumentToSign } from './SignDocumentButton';
export { signDocument, storeSignature, type SignOutcome, type SignRequest } from './signing.commands';
export { verifyDocument } from './verify';
export { useSigningStatus } from './signing.queries';
export { TrialBadge } from './CertificateSummary';
export { DocumentSignActions, type RenderedDocumentLike } from './DocumentSignActions';
