/**
 * Session 31, helper R (issue 14 items 3/4): yes/no lines whose fact exists but whose wording was not read. A
 * denial in note shorthand after the property (the copula dropped: "container images not supported"; a negative
 * adjective: "are unsupported"), an aside that restates the claim by denying its antonym ("needs upright pages -
 * rotated documents are unsupported"), and "both" opening a sentence before its one plural subject. Every line was
 * written for these tests in a student's note style (none copied from an evaluation set): wrong lines must be
 * flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // The copula dropped before the negation, or a negative adjective, ending the clause.
  ['Lambda functions packaged as container images not supported', 'lambda.package.container-images'],
  ['Lambda: container images are unsupported.', 'lambda.package.container-images'],
  ['Textract - rotated documents not supported', 'ai-services.textract.rotation'],
  // An aside denying the antonym of the phrase before it restates that phrase.
  ['Textract needs upright pages (rotated documents are unsupported)', 'ai-services.textract.rotation'],
  ['Textract: needs upright scans, rotated pages not supported', 'ai-services.textract.rotation'],
  // "Both" opening the sentence before its one plural subject names no second subject.
  ['Both tunnels of a Site-to-Site VPN connection end in the same AZ', 'site-to-site-vpn.tunnels.azs'],
  ['Both security groups can deny traffic', 'vpc.security-group.deny-rules'],
];

const RIGHT: (RightCase | string)[] = [
  // The negation names another thing, or goes on past the clause: unsure.
  'Lambda supports container images, not supported by Lambda@Edge',
  'Lambda container images not supported in every Region',
  'Lambda container images are unsupported, not available',
  'Lambda deploys .zip files, layers not supported for container images',
  // Questions, myths, double negations, another subject.
  'Lambda: container images not supported? check',
  'Textract needs upright pages - rotated documents are unsupported is a myth',
  'Textract does not need upright pages - rotated documents are unsupported',
  'Textract supports rotated documents; handwriting is unsupported',
  // "Both" over a pair, or with a contrast: two subjects.
  'Both security groups and NACLs can deny traffic',
  'Security groups or NACLs: both can deny traffic',
  'Both VPN tunnels of one connection terminate in the same AZ, unlike Client VPN',
  // Right lines.
  'Both VPN tunnels terminate in different AZs',
  'Textract handles any orientation - rotated documents are supported',
  'Lambda runs .zip archives and container images alike',
];

describeFlagCases('session 31 R: shorthand denials and antonym asides', WRONG, RIGHT);
