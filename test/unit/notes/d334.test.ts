/**
 * Session 34, helper d3 (issue 14): quotas, API ranges and prices of the security and identity services
 * (ACM and AWS Private CA, AWS WAF, CloudHSM, Macie, Firewall Manager, IAM Access Analyzer, KMS, Shield,
 * IAM Identity Center) that the KB did not hold. Every line was written for these tests in a student's note
 * style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right and
 * neighbouring ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['WAF CAPTCHA immunity time defaults to 60 seconds.', 'waf.immunity-time.default'],
  ['A WAF CAPTCHA immunity time can be set up to 7 days.', 'waf.immunity-time.max'],
  ['A WAF rate-based rule can aggregate on up to 10 custom keys.', 'waf.rate-rule.max-custom-keys'],
  ['CloudHSM backups can be retained for up to 500 days.', 'cloudhsm.backup.retention-max'],
  [
    'A CloudHSM cluster supports 2,000 concurrent client connections.',
    'cloudhsm.cluster.max-client-connections',
  ],
  ['Macie allows 1,000 custom data identifiers per account.', 'macie.custom-data-identifiers.per-account'],
  ['Macie lets each account create 20 allow lists.', 'macie.allow-lists.per-account'],
  ['Macie discovery jobs can analyze 10 TB per month by default.', 'macie.jobs.monthly-analysis-quota'],
  ['Firewall Manager supports up to 5 administrators per organization.', 'firewall-manager.admins.max'],
  ['KMS symmetric encryption keys are 128-bit AES keys.', 'kms.symmetric-key.size'],
  ['A private CA can issue up to 50,000 certificates.', 'acm.private-ca.certificates-per-ca'],
  ['WAF sampled requests are kept for 24 hours.', 'waf.sampled-requests.time-range'],
];

const RIGHT: (RightCase | string)[] = [
  'WAF CAPTCHA immunity time defaults to 300 seconds.',
  'A rate-based rule with a limit of 2,000 requests per 5 minutes blocks the offending IP.',
  'WAF rate-based rules: set the limit to 100 requests per 5 minutes for login pages.',
  'Rate-based rules can aggregate on up to 5 custom keys.',
  'CloudHSM backups can be retained for up to 379 days.',
  'An hsm2m.medium cluster holds up to 16,666 keys.',
  'CloudHSM supports up to 28 HSMs per cluster.',
  'Macie allows 10,000 custom data identifiers per account.',
  'Macie monitors up to 10,000 S3 buckets per account.',
  'Macie sensitive data discovery jobs can analyze 5 TB per month by default.',
  'Firewall Manager supports up to 10 administrators per organization.',
  'Firewall Manager costs $100 per policy per Region per month.',
  'IAM Access Analyzer allows 100 archive rules per analyzer.',
  'KMS symmetric keys are 256-bit AES-GCM keys.',
  'KMS asymmetric RSA keys can be 2048, 3072 or 4096 bits.',
  'ACM retries domain validation for 72 hours before the certificate request times out.',
  'AWS Private CA costs $400 per month per CA in general-purpose mode.',
  'A private CA can issue up to 1,000,000 certificates over its lifetime.',
  'GuardDuty free trial lasts 30 days.',
  'WAF sampled requests cover the last 3 hours.',
  'New Lambda functions time out after 3 seconds unless you change it.',
  'Shield Advanced: the DRT can get up to 10 S3 log buckets.',
  'IAM Identity Center supports up to 10 trusted token issuers.',
];

describeFlagCases('session 34 helper d3: security and identity quotas', WRONG, RIGHT);
