/**
 * Session 36, data helper s36d6 (issue 14): facts for developer tools, governance, cost and migration services
 * (Elastic Disaster Recovery, CodePipeline, CodeDeploy, CodeBuild, CloudShell, Migration Hub) that the KB did not
 * hold. Every line was written for these tests in a student's note style (none copied from an evaluation set):
 * wrong lines must be flagged by exactly the named fact, right, negated and neighbouring ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  [
    'Elastic Disaster Recovery keeps PIT snapshots for up to 30 days',
    'disaster-recovery.drs.pit-retention-max',
  ],
  [
    'Elastic Disaster Recovery default PIT retention is 30 days',
    'disaster-recovery.drs.pit-retention-default',
  ],
  ['DRS drills interrupt replication of the source servers', 'disaster-recovery.drs.drill-non-disruptive'],
  [
    'Elastic Disaster Recovery redirects traffic to the recovery instances automatically',
    'disaster-recovery.drs.failover-traffic-outside',
  ],
  ['Elastic Disaster Recovery protects on-premises servers only', 'disaster-recovery.drs.cross-region'],
  ["Elastic Disaster Recovery can't fail over between AWS Regions", 'disaster-recovery.drs.cross-region'],
  [
    'Elastic Disaster Recovery PIT snapshots are application-consistent',
    'disaster-recovery.drs.pit-crash-consistent',
  ],
  ["Elastic Disaster Recovery can't fail back to on-premises", 'disaster-recovery.drs.failback'],
  [
    'CodePipeline quota increase requests are processed within 48 hours',
    'codepipeline.quota-increase.processing-time',
  ],
  ['CodePipeline ECS deploy action timeout can be set up to 5 days', 'codepipeline.action-timeout.ecs-max'],
  ['CloudShell: idle session ends after 2 hours', 'cloudshell.session.inactivity-timeout'],
  ['CloudShell session idle timeout = 60 min', 'cloudshell.session.inactivity-timeout'],
  ['CloudShell home directory is shared across all Regions', 'cloudshell.storage.per-region'],
  ['CloudShell: files in $HOME are shared between Regions', 'cloudshell.storage.per-region'],
  ['CodeDeploy: up to 10 CloudWatch alarms per deployment group', 'codedeploy.deployment-group.max-alarms'],
  ['CodeDeploy app name max 255 chars', 'codedeploy.application.name-max-length'],
  ['CodeBuild runs builds on EC2 only', 'codebuild.compute.lambda-mode'],
  ["CodeBuild can't use Lambda compute", 'codebuild.compute.lambda-mode'],
  [
    'AWS Migration Hub is open to new customers',
    'application-migration-service.migration-hub.new-customers-closed',
  ],
  [
    'Migration Hub write API calls can be made from any Region',
    'application-migration-service.migration-hub.home-region-writes',
  ],
  [
    'Migration Hub only tracks migrations into its home Region',
    'application-migration-service.migration-hub.multi-region-tracking',
  ],
  [
    "Migration Hub can't track migrations into other Regions",
    'application-migration-service.migration-hub.multi-region-tracking',
  ],
];

const RIGHT: (RightCase | string)[] = [
  'DRS point-in-time snapshot retention: max 365 days',
  'Elastic Disaster Recovery: daily point-in-time snapshots kept 7 days by default',
  'Elastic Disaster Recovery takes a PIT snapshot every 10 minutes for the last hour',
  "Elastic Disaster Recovery drills don't interrupt replication",
  'Elastic Disaster Recovery: drill = non-disruptive test',
  'Elastic Disaster Recovery does not redirect traffic; use Route 53 for failover',
  'Elastic Disaster Recovery supports cross-Region failover for EC2',
  'DRS point-in-time snapshots: crash-consistent',
  'Elastic Disaster Recovery supports failback to the original source servers',
  'CodePipeline: quota increases can take up to 2 weeks',
  'CodePipeline quota increase requests may take up to 14 days',
  'CodePipeline: Amazon ECS deployment action timeout max 1 hour',
  'CodePipeline CodeDeploy ECS blue/green deploy action times out after 5 days',
  'CloudShell sessions time out after 20-30 minutes of inactivity',
  'CloudShell storage is per Region, 1 GB each',
  "CloudShell home directory isn't shared across Regions",
  'CodeDeploy deployment group can have 50 associated alarms',
  'CodeDeploy application names: up to 100 characters',
  'CodeBuild can run builds on Lambda compute for faster start-up',
  'Migration Hub: no longer open to new customers since Nov 2025',
  'Migration Hub tracks migrations into any AWS Region from the home Region',
  'Migration Hub write actions only in the home Region; reads allowed elsewhere',
  'Migration Hub: write API calls home Region only',
  'Migration Hub discovery data is stored in the home Region only',
];

describeFlagCases(
  'session 36 helper s36d6: developer tools, governance, cost and migration facts',
  WRONG,
  RIGHT,
);
