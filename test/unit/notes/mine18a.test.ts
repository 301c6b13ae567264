/**
 * Session 18, helper A (development set 21: compute, serverless and containers): the facts added from its
 * misses. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['Lambda Invoke API: default invocation type is Event (async)', 'lambda.invoke.default-type'],
  ['Lambda concurrency scaling rate is account-wide, one pool for every function', 'lambda.scaling.rate-scope'],
  ['Lambda scaling rate: unused headroom accumulates for later bursts', 'lambda.scaling.no-accumulation'],
  ['REST API integration timeout cannot be raised', 'api-gateway.integration.timeout-raise'],
  ['Edge-optimized APIs can also be raised beyond 29 s of integration timeout', 'api-gateway.integration.timeout-raise-scope'],
  ['API Gateway WebSocket: concurrent connections are limited to 50,000', 'api-gateway.websocket.concurrent-connections'],
  ['Deregistration delay max: 2 hours', 'elb.deregistration-delay.max'],
  ['On an ALB target group, slow start is enabled by default', 'alb.slow-start.default-off'],
  ['NLB TLS listener idle timeout is configurable like TCP', 'nlb.tls-listener.idle-timeout-fixed'],
  ['A Gateway Load Balancer listener requires you to pick a protocol and port', 'gwlb.listener.protocol-port'],
  ['Gateway Load Balancer tunnels traffic to appliances with VXLAN', 'gwlb.encapsulation.protocol'],
  ['Unhealthy instances in an ASG get replaced only after the cooldown', 'auto-scaling.cooldown.health-replacement'],
  ['Step scaling policies respect the cooldown before launching more instances', 'auto-scaling.cooldown.target-tracking-no-wait'],
  ['Auto Scaling: lifecycle hooks per group are a soft limit you can raise', 'auto-scaling.group-config-quotas.fixed'],
  ['A spread placement group is limited to one AZ', 'ec2.spread-placement.multi-az'],
  ['IMDSv1 calls still work after you set HttpTokens to required', 'ec2.imds.v2-required'],
  ['The Fargate vCPU quota counts only ECS tasks', 'fargate.quota.includes-eks-pods'],
  ['Fargate Spot quota is counted in running tasks', 'fargate.quota.vcpu-based'],
  ['EKS clusters: upgrade policy default is STANDARD', 'eks.upgrade-policy.default'],
  ['AWS Batch jobs get a default timeout of 1 hour', 'batch.job-timeout.default-none'],
  ['In AWS Batch, timed-out jobs are retried', 'batch.job-timeout.no-retry'],
  ['AWS Batch job timeout is capped at 7 days', 'batch.job-timeout.no-max'],
  ["Beanstalk immutable updates preserve the instances' CPU burst credits", 'elastic-beanstalk.immutable.burst-balance'],
  [
    'Beanstalk immutable deployment that fails health checks terminates the old instances',
    'elastic-beanstalk.immutable.failure',
  ],
  ['Lambda /tmp size cannot be raised', 'lambda.tmp.configurable'],
  ['Spot instances that hibernate on interruption get the usual 2-min notice', 'ec2-purchasing.spot.hibernate-notice'],
  ['EC2 hibernation can be turned on for existing instances later', 'ec2.hibernation.enable-at-launch'],
  ['Stopping an EC2 instance keeps what is in RAM', 'ec2.stop.ram'],
  ['Fargate Windows containers can use 0.5 vCPU tasks', 'fargate.windows.min-vcpu'],
  ['Step Functions open executions quota counts Express workflows too', 'step-functions.executions.open-quota'],
];

const RIGHT: string[] = [
  'Lambda /tmp: 512 MB minimum and default, up to 10 GB',
  'Lambda Invoke defaults to RequestResponse (synchronous); set Event for async',
  'Lambda scaling rate is per function: 1,000 environments every 10 s each',
  "Lambda's scaling rate does not accumulate when unused",
  'Since mid-2024 the REST API integration timeout can be raised above 29 s for Regional and private APIs',
  'HTTP API integration timeout is a hard 30 s limit',
  'Edge-optimized REST APIs stay at a 29 s integration timeout',
  'API Gateway WebSocket: no quota on concurrent connections, only 500 new connections per second',
  'Deregistration delay: 300 s by default, anywhere from 0 to 3600 s',
  'ALB slow start is off by default; 30 to 900 s when turned on',
  'NLB TLS listeners have a fixed 350 s idle timeout; TCP listeners 60-6000 s',
  'GWLB listeners take all IP packets on all ports',
  'GWLB uses GENEVE on port 6081',
  'Unhealthy instances are replaced right away, without waiting for the cooldown',
  'Target tracking policies scale out immediately; cooldowns only matter for simple scaling',
  'ASG per-group quotas (50 scaling policies, 50 lifecycle hooks) are fixed',
  'Rack spread placement groups can span multiple AZs, 7 running instances per AZ',
  'With HttpTokens=required every metadata request needs a session token',
  'Fargate quotas count vCPUs and include EKS pods on Fargate',
  'EKS upgrade policy supportType defaults to EXTENDED',
  'EKS extended support is on by default and costs extra per cluster hour',
  'AWS Batch has no default job timeout; the minimum you can set is 60 s',
  "Batch jobs on Fargate can't run longer than 14 days",
  'Elastic Beanstalk immutable deployments lose the accumulated burst balances',
  'Beanstalk immutable deploy: failing new instances are terminated and the old ones stay',
  'Before March 2022 Lambda /tmp was fixed at 512 MB',
  'Until Oct 2018 the Lambda timeout was at most 5 minutes',
  'Spot set to hibernate: interruption notice but no 2-minute warning',
  'Hibernation has to be enabled at launch',
  'Stopping drops RAM contents; hibernating keeps them',
  "Standard workflows: 1,000,000 open executions; Express workflows don't count",
  'Fargate Windows tasks: minimum 1 vCPU',
];

describeFlagCases('session 18 set 21 facts (compute, serverless, containers)', WRONG, RIGHT);
