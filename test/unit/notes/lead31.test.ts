import { describeFlagCases } from './assertCases';

// Session 31 (lead): a negation before a yes/no property with a manner or extent word right after it ("directly",
// "only") denies that qualifier, not the property.
describeFlagCases(
  'negated qualifier after a yes/no property',
  [['Secrets Manager secrets are not encrypted at all', 'secrets-manager.secret.encrypted-at-rest']],
  [
    'Secrets Manager secrets are not encrypted directly with the KMS key, but with a data key',
    'Secrets Manager secrets are not encrypted only at rest: in transit too',
    'Secrets Manager secrets are not only encrypted at rest but also in transit',
  ],
);

// IAM Identity Center: an organization instance has one primary Region but can be replicated to additional Regions
// (multi-Region replication): "in several Regions at once" is no longer wrong; "enabled in every Region" still is.
describeFlagCases(
  'IAM Identity Center multi-Region replication',
  [
    [
      'IAM Identity Center is enabled in every Region automatically',
      'iam-identity-center.instance.single-region',
    ],
  ],
  [
    'An IAM Identity Center instance can be replicated to additional Regions',
    'IAM Identity Center can run in several Regions at once with multi-Region replication',
  ],
);
