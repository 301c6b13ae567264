/**
 * Session 35, helper r3 (issue 14): note shorthand and where a negation stands in a yes/no claim. Every line was
 * written for these tests (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A negation inside one item of a list (a closed "not X" aside, or a negated predicate a comma and a new verb end)
// is that item's, not the property phrase's further on.
const SCOPE_WRONG: WrongCase[] = [
  ['SES: sending quotas count each recipient, not each email, and are global.', 'ses.quotas.scope'],
  [
    'Parameter Store parameter names cannot contain spaces, are unique within a Region, and are not case-sensitive.',
    'systems-manager.parameter.name-case-sensitive',
  ],
  ['Fargate bills per task, not per container, and per hour.', 'fargate.billing.per-second'],
  [
    'AWS Backup can tag backups, is policy-driven, and cannot copy recovery points to another Region.',
    'backup.copy.cross-region',
  ],
];
const SCOPE_RIGHT: (RightCase | string)[] = [
  'SES: sending quotas count each recipient, not each email, and apply per Region.',
  'Parameter Store parameter names cannot contain spaces, are unique within a Region, and are case-sensitive.',
  'Fargate bills per task, not per container, and per second.',
  'AWS Backup: not free, can copy recovery points to another Region.',
];

describeFlagCases('session 35 helper r3: a negation scoped to one list item', SCOPE_WRONG, SCOPE_RIGHT);

// Shorthand denials after the property: "<property> unsupported" / "<property> unavailable" with no copula.
const SHORT_WRONG: WrongCase[] = [
  ['Fargate: Windows containers unsupported', 'fargate.windows.support'],
  ['AWS Backup: Amazon S3 unsupported, EFS and EBS fine', 'backup.s3.supported'],
  ['Client VPN: OpenVPN clients unavailable', 'client-vpn.clients.openvpn'],
  ['AppSync: custom domains unsupported', 'appsync.custom-domain.support'],
];
const SHORT_RIGHT: (RightCase | string)[] = [
  'Fargate: Windows containers supported',
  'Backtrack: not available for Aurora PostgreSQL',
  'Snowball Edge: iSCSI unsupported',
  'Custom domain support in AppSync',
];
describeFlagCases('session 35 helper r3: "<property> unsupported" shorthand', SHORT_WRONG, SHORT_RIGHT);

// The subject after the property: "no <property> support in <subject>", "<property>: also available for <subject>".
const INVERTED_WRONG: WrongCase[] = [
  ['No OpenVPN support in AWS Client VPN', 'client-vpn.clients.openvpn'],
  ['No custom domain support in AppSync', 'appsync.custom-domain.support'],
  ['No iSCSI support in FSx for ONTAP', 'fsx.ontap.block-access'],
  ['Backtrack: also available for Aurora PostgreSQL clusters', 'aurora.backtrack.postgresql'],
];
const INVERTED_RIGHT: (RightCase | string)[] = [
  'OpenVPN support in AWS Client VPN',
  'iSCSI support in FSx for ONTAP, next to NFS and SMB',
  'Backtrack: only available for Aurora MySQL',
  'Compression: also available for AppSync responses',
];
describeFlagCases('session 35 helper r3: property before its subject', INVERTED_WRONG, INVERTED_RIGHT);
