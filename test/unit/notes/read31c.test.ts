/**
 * Session 31, helper C (issue 14 items 3/4): figures the fact accepts, said with words around them that make the
 * line wrong. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

// The place a quota is counted per: a denied place ("not per AZ") is not where the figure holds, "VGW" is a
// virtual private gateway, and a fact counted per another place is still the one a line names by its own words
// when the only other fitting fact fits by the place alone.
const SCOPE_WRONG: WrongCase[] = [
  ['NAT gateways: 5 per Region', 'vpc.nat-gateway.per-az'],
  ['max 5 NAT gateways per Region, not per AZ', 'vpc.nat-gateway.per-az'],
  ['5 NAT gateways per Region (not per AZ)', 'vpc.nat-gateway.per-az'],
  ['Site-to-Site VPN: 50 connections per VGW', 'site-to-site-vpn.connections.per-vgw'],
];
const SCOPE_RIGHT = [
  'NAT gateways: 5 per AZ (not per Region)',
  'NAT gateway limit: 5 per AZ, rather than per Region',
  'Internet gateways: 5 per Region, one per VPC',
  'Site-to-Site VPN: 10 connections per VGW, 50 per Region',
  'VPN connections per Region: 50 (not per VGW)',
  'Gateway endpoints per VPC: up to 255',
  'VPC endpoints and PrivateLink gateway endpoints per VPC: default 20 endpoints, up to 255 endpoints',
];

describeFlagCases('a quota said per another place than the one it is counted per', SCOPE_WRONG, SCOPE_RIGHT);

// The case a fact's own text gives another figure, named in the figure's own part: "JPEGs" of "500 MB (JPEG and
// PNG: 10 MB)", "KRaft clusters" of "30 for ZooKeeper-based clusters, 60 for KRaft-based clusters" (a note drops
// the "-based"). An aside with a figure of its own names its own case, not the figure's.
const CASE_WRONG: WrongCase[] = [
  ['Textract async: JPEGs can be up to 500 MB', 'ai-services.textract.async-max-size'],
  ['MSK: max 30 brokers in a KRaft cluster', 'msk.cluster.max-brokers'],
  ['MSK KRaft clusters: max 30 brokers per cluster', 'msk.cluster.max-brokers'],
  [
    'OpenSearch Serverless dev/test never goes below 2 OCUs for search',
    'opensearch.serverless.dev-test-ocus',
  ],
  [
    'Inspector: findings of terminated instances are closed and deleted after 30 days',
    'inspector.findings.closed-deleted-after',
  ],
];
const CASE_RIGHT = [
  'Textract async: PDFs and TIFFs up to 500 MB',
  'Textract async: max 500 MB per PDF (10 MB for JPEG/PNG)',
  'Textract async: JPEG/PNG up to 10 MB, PDF/TIFF up to 500 MB',
  'MSK Standard brokers: 30 per ZooKeeper cluster, 60 per KRaft cluster',
  'MSK KRaft clusters: max 60 brokers per cluster',
  'MSK KRaft-based clusters: up to 60 brokers',
  'DynamoDB Streams: max 2 readers per shard (1 for global tables)',
  'DDB Streams: at most 2 readers per shard, 1 for global tables',
  'WAF web ACL: up to 10 rate-based rules (4 in a rule group)',
  'Textract async: 500 MB for PDFs but not for JPEGs',
  'Textract async: 500 MB except JPEG and PNG',
  'MSK: max 30 brokers per cluster, excluding KRaft clusters',
  // A word of the fact's own label ("deletes") names the fact, not the case "resources deleted … 3 days".
  'Inspector deletes closed findings after 30 days',
  'Amazon Inspector: a closed finding is deleted after 30 days',
];

describeFlagCases('a figure said of a case the fact text gives another figure', CASE_WRONG, CASE_RIGHT);
