/**
 * Session 20, helper A (development set 29: compute, containers and serverless): the facts added or widened
 * from its misses, and the false flags it fixed. Every line was written for these tests in a student's note
 * style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones
 * by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Lambda recursive loop detection is disabled by default, you have to turn it on', 'lambda.recursion.default-on'],
  ['With Fargate Spot, tasks fall back to On-Demand when Spot capacity runs out', 'fargate.spot.no-on-demand-fallback'],
  ['You can add the Fargate capacity providers to a cluster in the console', 'fargate.capacity-providers.console'],
  ['The Fargate Spot capacity provider can be deleted when not needed', 'fargate.capacity-providers.reserved'],
  ['Fargate quotas: On-Demand and Fargate Spot tasks count against the same quota', 'fargate.quota.spot-separate'],
  ['Fargate task definitions can use Docker volumes via dockerVolumeConfiguration', 'fargate.volumes.docker'],
  ['Fargate On-Demand default quota is 500 concurrent tasks', 'fargate.quota.vcpu-based'],
  ['An EKS minor version can be used for 36 months in total after release', 'eks.version.total-support'],
  ['EKS on Fargate: register pods as instance targets on the ALB', 'eks.fargate.ip-targets'],
  ['Pods outside every Fargate profile fall back to a default profile', 'eks.fargate.profile-match'],
  ['A failed hibernation leaves the instance running', 'ec2.hibernation.failure'],
  ['Nitro Enclaves come with their own network interface', 'ec2.nitro-enclaves.isolation'],
  ['EC2 hibernation can be enabled on an existing stopped instance', 'ec2.hibernation.enable-at-launch'],
  ['Edit the user data of a stopped instance and the updated user data runs on start', 'ec2.user-data.restart'],
  ['User data gets copied into an AMI you create from the instance', 'ec2.user-data.ami'],
  ['Savings Plans: you commit to a number of instances for 1 or 3 years', 'ec2-purchasing.savings-plans.commitment-unit'],
  ['Spot interruption behaviour: default is stop', 'ec2-purchasing.spot.default-interruption-behavior'],
  ['Capacity Rebalancing is available for request fleets too', 'ec2-purchasing.fleet.capacity-rebalance-type'],
  ['GWLB subnets can be removed at any time', 'gwlb.subnets.remove'],
  ['Each GWLB subnet needs at least 16 free IP addresses', 'gwlb.subnet.min-free-ips'],
  ['GWLB TCP idle timeout is hard-coded at 350 seconds', 'gwlb.idle-timeout.configurable'],
  ['An ALB target group can be shared by several load balancers', 'alb.target-group.single-load-balancer'],
  ['Warm pool instances can only be stopped', 'auto-scaling.warm-pool.states'],
  ['AWS Batch: you can switch to BEST_FIT when updating a compute environment', 'batch.best-fit.update'],
  ['Beanstalk .ebextensions files must be JSON', 'elastic-beanstalk.ebextensions.format'],
  ['Local Zones: to opt out, call ModifyAvailabilityZoneGroup yourself', 'local-zones-outposts.zone-group.opt-out'],
  ['Wavelength Zones offer the same compliance programs as the parent Region', 'local-zones-outposts.wavelength.compliance'],
  ['A Spot Instance that was stopped on interruption: change the instance type, then EC2 starts it again', 'ec2-purchasing.spot.stopped-instance-type'],
  ['Beanstalk deployment policy: default = Immutable', 'elastic-beanstalk.deployment.default-all-at-once'],
  ['Dedicated Hosts are more secure than Dedicated Instances', 'ec2.dedicated-instances.hardware'],
  ['ALB cross-zone can be disabled for the whole load balancer', 'elb.cross-zone.alb-lb-level'],
  ['App Runner: any account can create a service today', 'app-runner.availability.new-customers'],
  // "=" read as "is" inside a phrase's gap ("default * RESPONSE_STREAM")
  ['Lambda function URL invoke mode: default = RESPONSE_STREAM', 'lambda.function-url.invoke-mode-default'],
];

const RIGHT: string[] = [
  // false flags of set 29 at arrival, in other words
  'SnapStart: no EFS, ephemeral storage up to 512 MB, published versions only (not $LATEST)',
  'Fargate: CAP_SYS_PTRACE is the only Linux capability you can add',
  'EKS: a minor version gets up to 26 months in total (14 standard + 12 extended)',
  // the new and widened facts, said right
  'Fargate Spot has its own quota, separate from On-Demand',
  "Fargate Spot: if there's no Spot capacity, ECS keeps retrying; no On-Demand fallback",
  'Associate the Fargate capacity providers with PutClusterCapacityProviders (API or CLI)',
  'Fargate capacity providers are reserved; you can only disassociate them from a cluster',
  'Fargate tasks support bind mounts and EFS volumes',
  'Warm pool instances: Stopped, Running or Hibernated',
  'GWLB TCP idle timeout: 350 s by default, configurable 60-6000 s',
  'Each GWLB subnet needs 8 free IP addresses',
  'ALB: one load balancer per target group',
  '.ebextensions: YAML or JSON files with a .config extension',
  'Wavelength Zone services have different compliance than the Region',
  'Local Zones: opting out needs a support case',
  'If hibernation fails, the instance gets a normal shutdown',
  'Nitro Enclaves: no networking, no persistent storage, no interactive access',
  'Savings Plans: commit $/hour for 1 or 3 years',
  'Recursive loop detection in Lambda is on by default',
  'Spot default interruption behavior is terminate',
  'Capacity Rebalancing: maintain fleets only',
  'BEST_FIT is the default Batch allocation strategy',
  'EKS Fargate pods are registered as IP targets',
  'Pods must match a Fargate profile to run on Fargate',
  "User data runs at launch only; an edited script doesn't run again on start",
  "An AMI made from an instance doesn't keep its user data",
  'Hibernation has to be enabled at launch',
  'Function URL invoke mode: default = BUFFERED',
  'Beanstalk deployment policy: default = All at once',
  'EB CLI scalable environments default to Rolling deployments',
  'App Runner is no longer open to new customers',
  'Dedicated Hosts give visibility of sockets and cores; same hardware security as Dedicated Instances',
  'Spot Instances stopped on interruption keep their instance type; EC2 restarts them',
];

describeFlagCases('session 20 helper A: compute, containers and serverless facts', WRONG, RIGHT);
