/**
 * Session 35, helper a4 (issue 14): yes/no behaviour facts for management, monitoring, developer-tool and
 * analytics services (CloudTrail billing of data events and extra management-event copies, Athena and Glacier
 * restores, the Glue Data Catalog's Region scope, CloudFormation resource import and YAML templates, CloudWatch
 * alarms invoking Lambda, X-Ray annotation indexing). Every line was written for these tests in a student's note
 * style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right and
 * negated ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['CloudTrail data events are free of charge.', 'cloudtrail.data-events.charged'],
  ['CloudTrail: data events -> free', 'cloudtrail.data-events.charged'],
  [
    'Additional copies of CloudTrail management events are free.',
    'cloudtrail.management-events.additional-copies',
  ],
  [
    'CloudTrail: extra trails for management events -> free',
    'cloudtrail.management-events.additional-copies',
  ],
  ['Athena automatically restores Glacier objects when you query them.', 'athena.glacier.auto-restore'],
  ['Athena: restores Deep Archive objects for you -> yes', 'athena.glacier.auto-restore'],
  ['Athena will restore archived Glacier objects automatically.', 'athena.glacier.auto-restore'],
  ['The Glue Data Catalog is global, shared across all Regions.', 'glue.data-catalog.regional'],
  ['Glue Data Catalog: one catalog for the account, global', 'glue.data-catalog.regional'],
  ['CloudFormation cannot import existing resources into a stack.', 'cloudformation.resources.import'],
  ['CloudFormation templates can only be written in JSON.', 'cloudformation.template.yaml'],
  ['CloudFormation templates cannot be written in YAML.', 'cloudformation.template.yaml'],
  ['CloudWatch alarms cannot invoke Lambda directly.', 'cloudwatch.alarm.lambda-action'],
  ['CloudWatch alarm -> Lambda: only via SNS', 'cloudwatch.alarm.lambda-action'],
  ['X-Ray annotations are not indexed, so you cannot filter traces on them.', 'x-ray.annotations.indexed'],
  ['X-Ray: annotations are not searchable', 'x-ray.annotations.indexed'],
];

const RIGHT: (RightCase | string)[] = [
  'CloudTrail data events are not free: $0.10 per 100,000 events.',
  'Data events in CloudTrail are charged per 100,000 events.',
  'CloudTrail management events (first copy) are free; data events are billed.',
  'Only the first copy of CloudTrail management events is free; additional copies are charged.',
  'Additional CloudTrail trails for management events are not free.',
  'Athena does not restore Glacier objects; restore them first.',
  'Athena can query restored Glacier Flexible Retrieval objects once the table allows it.',
  'The Glue Data Catalog is regional: one per account per Region.',
  'The Glue Data Catalog is not a global service.',
  'CloudFormation can import existing resources into a stack via resource import.',
  'You can bring existing resources under management with CloudFormation resource import.',
  'CloudFormation templates can be written in JSON or YAML.',
  'A CloudFormation template in YAML is easier to read.',
  'SAM templates are written in YAML.',
  'A CloudWatch alarm can invoke a Lambda function directly as an alarm action.',
  'CloudWatch alarms can notify an SNS topic that triggers Lambda.',
  'X-Ray annotations are indexed for filter expressions.',
  'X-Ray metadata are not indexed.',
];

describeFlagCases('session 35 helper a4: management, monitoring and analytics yes/no facts', WRONG, RIGHT);
