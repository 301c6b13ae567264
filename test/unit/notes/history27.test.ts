/**
 * Session 27 (issue 14 item 3): "used to" puts a line in the past only as the habit that is gone ("SCPs used to …");
 * the passive "is / are / can be used to <do>" states a purpose now, so the line is read like any other. Lines
 * written for this test in a student's note style: wrong lines must be flagged by exactly the named fact, right or
 * historical ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const PURPOSE_WRONG: WrongCase[] = [
  ['Security groups can be used to deny traffic from one IP', 'vpc.security-group.deny-rules'],
  ['A VPC peering connection can be used to route traffic transitively', 'vpc.peering.transitive'],
  ['SCPs are used to grant permissions to member accounts', 'organizations.scp.grants'],
  ['Gateway endpoints can be used to reach S3 from on-premises over VPN', 'vpc-endpoints.gateway.on-prem'],
];
const PURPOSE_RIGHT = [
  // The habit gone: history, never flagged.
  'SCPs used to grant permissions to member accounts, some notes say',
  'Back then, security groups used to deny traffic',
  // True purposes.
  'NACLs can be used to deny traffic from one IP',
  'SCPs are used to set the maximum permissions of member accounts',
  'A transit gateway can be used to route traffic transitively between VPCs',
];

describeFlagCases('"is used to" states a purpose, "used to" alone the past', PURPOSE_WRONG, PURPOSE_RIGHT);
