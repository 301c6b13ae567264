/**
 * Session 32, helper Y (issue 14 item 2): quotas and documented limits of the compute and container services (EC2,
 * EBS, EKS, Elastic Beanstalk, App Runner, Batch, Systems Manager) that the KB did not hold: quota-table rows, size
 * and name-length limits, defaults. Every line was written for these tests in a student's note style (none copied
 * from an evaluation set): wrong lines must be flagged by exactly the named fact, right and unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // EKS quotas table
  [
    'An EKS Fargate profile selector takes at most 10 label pairs',
    'eks.fargate-profile-selector.label-pairs',
  ],
  ['EKS public endpoint access CIDR ranges per cluster: 100', 'eks.cluster.public-endpoint-cidrs'],
  ['EKS registered clusters: default quota of 50 per Region', 'eks.registered-clusters.default-quota'],
  // EBS fast snapshot restore, time-based copies
  ['EBS fast snapshot restore: maximum snapshot size is 32 TiB', 'ebs.fsr.max-snapshot-size'],
  [
    'EBS time-based snapshot copy: completion duration up to 72 hours',
    'ebs.time-based-copy.completion-duration-max',
  ],
  [
    'A single EBS time-based snapshot copy operation can reach 1,000 MiB/s',
    'ebs.time-based-copy.operation-throughput',
  ],
  [
    'Concurrent time-based snapshot copies between two Regions are capped at 5,000 MiB/s in total',
    'ebs.time-based-copy.cumulative-throughput',
  ],
  [
    'Concurrent time-based copies to one Region share 3,000 MiB/s',
    'ebs.time-based-copy.cumulative-throughput',
  ],
  // EC2 Instance Connect
  [
    'EC2 Instance Connect: the one-time SSH public key stays in the instance metadata for 5 minutes',
    'ec2.instance-connect.key-lifetime',
  ],
  // App Runner
  ['An App Runner service can have up to 10 custom domains', 'app-runner.custom-domains.per-service'],
  // Elastic Beanstalk
  [
    'Elastic Beanstalk source bundle: a single ZIP file of at most 1 GB',
    'elastic-beanstalk.source-bundle.max-size',
  ],
  [
    'Elastic Beanstalk environment names can be up to 64 characters',
    'elastic-beanstalk.environment-name.max-length',
  ],
  ['Elastic Beanstalk CNAME prefix: at most 40 characters', 'elastic-beanstalk.cname-prefix.max-length'],
  [
    'An Elastic Beanstalk application name is limited to 255 characters',
    'elastic-beanstalk.application-name.max-length',
  ],
  // Batch job queues
  [
    'AWS Batch job queue state time limit actions: maxTimeSeconds up to 7 days',
    'batch.job-queue.state-time-limit-max',
  ],
  ['AWS Batch job queue name: up to 64 characters', 'batch.job-queue.name-max-length'],
  [
    'An AWS Batch job queue with a scheduling policy can have up to 100 active fair share identifiers',
    'batch.job-queue.fair-share-identifiers',
  ],
  // Systems Manager
  [
    'SSM Automation runs at most 25 concurrent automations by default',
    'systems-manager.automation.concurrent-default',
  ],
  [
    'With adaptive concurrency, Systems Manager Automation scales up to 1,000 concurrent automations',
    'systems-manager.automation.adaptive-concurrency-max',
  ],
  [
    'Run Command: you can list up to 100 instance IDs in one command',
    'systems-manager.run-command.max-instance-ids',
  ],
  // Batch multi-node parallel jobs
  ['AWS Batch multi-node parallel jobs: up to 100 nodes in a single job', 'batch.mnp.max-nodes'],
  ['A Batch multi-node parallel job can define up to 10 node groups', 'batch.mnp.max-node-groups'],
  // Fargate task retirement
  [
    'Fargate task retirement: the default wait period is 14 days after the notice',
    'fargate.task-retirement.wait-period-default',
  ],
  ['Fargate lets you delay task retirement by up to 30 days', 'fargate.task-retirement.wait-period-max'],
  // App Runner, Lightsail, EC2 AMIs, maintenance windows
  [
    'App Runner auto scaling configurations: up to 20 revisions per configuration name',
    'app-runner.autoscaling.revisions-per-name',
  ],
  [
    'A Lightsail container service can use up to 10 public domain names',
    'lightsail.container-service.public-domain-names',
  ],
  ['AMI names can be up to 255 characters', 'ec2.ami.name-max-length'],
  ['SSM maintenance window cutoff: up to 24 hours', 'systems-manager.maintenance-window.cutoff-max'],
  // EBS volume initialization rate, Data Lifecycle Manager
  [
    'EBS Provisioned Rate for Volume Initialization goes up to 1,000 MiB/s',
    'ebs.volume-initialization-rate.max',
  ],
  [
    'Data Lifecycle Manager count-based schedules keep at most 100 snapshots per volume',
    'ebs.dlm.retain-count-max',
  ],
  // Elastic IPs, Parameter Store labels, snapshot lock, Beanstalk lifecycle, Batch job names
  ['An Elastic IP address transfer must be accepted within 30 days', 'ec2.eip.transfer-accept-window'],
  [
    'Parameter Store: each parameter version can carry up to 50 labels',
    'systems-manager.parameter.labels-per-version',
  ],
  ['EBS snapshot lock duration: at most 365 days', 'ebs.snapshot-lock.duration-max'],
  [
    'Beanstalk lifecycle policy deletes up to 500 application versions each time it is applied',
    'elastic-beanstalk.lifecycle.versions-deleted-per-run',
  ],
  ['AWS Batch job names can be up to 255 characters', 'batch.job.name-max-length'],
  // App Runner request timeout, EKS managed node group updates
  ['App Runner HTTP requests time out after 15 minutes', 'app-runner.request.timeout-max'],
  [
    'EKS managed node group version update: maxUnavailable can be at most 500 nodes',
    'eks.managed-node-group.max-unavailable',
  ],
  [
    'Systems Manager Inventory can collect metadata as often as every 5 minutes',
    'systems-manager.inventory.min-interval',
  ],
  [
    'A locked Recycle Bin retention rule can have an unlock delay of up to 90 days',
    'ebs.recycle-bin.unlock-delay-max',
  ],
];

const RIGHT: (RightCase | string)[] = [
  // EKS
  'Each EKS Fargate profile can have 5 selectors, and each selector up to 5 label pairs',
  'EKS public endpoint access: up to 40 CIDR ranges per cluster (hard limit)',
  'EKS Connector registered clusters: 10 per Region by default, can be raised',
  'EKS clusters per Region: 100 by default; registered clusters: 10',
  'How many public endpoint CIDR ranges can an EKS cluster have?',
  // EBS
  'EBS fast snapshot restore only for snapshots of 16 TiB or less',
  'EBS time-based copies finish within a completion duration of 15 minutes to 48 hours',
  'Time-based snapshot copy: 500 MiB/s per copy operation, 2,000 MiB/s cumulative between a Region pair',
  'EBS volumes can be up to 64 TiB (gp3, io2)',
  'A single time-based snapshot copy is limited to 500 MiB/s',
  'EBS time-based copies: 2,000 MiB/s for all concurrent copies between a Region pair',
  'EC2 instances have a cumulative EBS bandwidth of up to 10,000 MiB/s',
  'EBS volumes restored with fast snapshot restore get full performance up to 1,000 MiB/s throughput; above that, initialize the volume',
  // EC2
  'EC2 Instance Connect pushes a one-time SSH key that is valid for 60 seconds',
  'IMDSv2 session tokens last up to 6 hours; the Instance Connect key only 60 seconds',
  // App Runner
  'App Runner: up to five custom domains per service; new domains can take 24-48 hours to become active',
  'App Runner default instance: 1 vCPU and 2 GB memory',
  // Elastic Beanstalk
  'Elastic Beanstalk source bundle must be one ZIP or WAR file of at most 500 MB',
  'Beanstalk environment names are 4 to 40 characters, letters, numbers and hyphens',
  'Beanstalk CNAME prefix is 4-63 characters',
  'Elastic Beanstalk application names go up to 100 characters',
  'Elastic Beanstalk: 75 applications and 1,000 application versions per Region by default',
  // Batch
  'AWS Batch job state time limit: maxTimeSeconds between 600 and 86,400 seconds',
  'Batch job queue state time limit actions: maxTimeSeconds from 10 minutes to 24 hours',
  'Batch job queue names allow up to 128 letters, numbers and underscores',
  'A Batch fair share scheduling queue can have 500 active share identifiers',
  'AWS Batch: 50 job queues per Region, 3 compute environments per job queue',
  // Systems Manager
  'Systems Manager Automation: 100 concurrent automations by default, up to 500 with adaptive concurrency',
  'Run Command InstanceIds takes at most 50 IDs; use targets with tags for bigger fleets',
  'Run Command MaxConcurrency defaults to 50 managed nodes at the same time',
  // Batch multi-node parallel jobs, Fargate retirement, App Runner, Lightsail, AMIs, maintenance windows
  'Batch MNP jobs: up to 1,000 nodes per job (default, can be raised) in up to 5 node groups',
  'Fargate task retirement wait period: 7 days by default, or 0 or 14 days',
  'App Runner: 10 auto scaling configuration names with up to 5 revisions each',
  'Lightsail container service: up to four public domain names',
  'An AMI name is 3 to 128 characters',
  'Maintenance window cutoff can be 0 to 23 hours before the window ends',
  'Maintenance window: duration 3 hours, cutoff 1 hour',
  'EBS volume initialization rate: 100 to 300 MiB/s when creating a volume from a snapshot',
  'DLM retention: keep up to 1,000 snapshots per volume with a count-based schedule',
  'DLM example: a schedule every 12 hours that retains 14 snapshots',
  'Elastic IP transfer: the receiving account has 7 days to accept',
  'Parameter Store labels: max 10 per parameter version',
  'Parameter Store keeps 100 versions of a parameter, and each version can have 10 labels',
  'EBS snapshot lock: 1 to 36,500 days, compliance mode cooling-off up to 72 hours',
  'Beanstalk: 1,000 application versions per Region; the lifecycle policy deletes up to 100 at a time',
  'Beanstalk lifecycle policy: keep the most recent 200 application versions',
  'Batch job names: up to 128 characters',
  'App Runner: 120-second request timeout on HTTP requests; Gunicorn defaults to 30 seconds',
  'EKS node group update: maxUnavailable up to 100 nodes, or a percentage',
  'SSM Parameter Store standard tier: value max 4096 chars, advanced tier 8 KB',
  'SSM Inventory: shortest collection interval is 30 minutes',
  'Inventory collection every 12 hours is a common schedule for Systems Manager',
  'Recycle Bin rule lock: unlock delay of 7 to 30 days; snapshots kept up to 365 days',
];

describeFlagCases('session 32 helper Y: compute and container quotas and limits', WRONG, RIGHT);
