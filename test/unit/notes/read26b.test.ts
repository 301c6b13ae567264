/**
 * Session 26, helper b (issue 14 items 3/4: "no subject (unnamed)"). A line that names no service but a resource
 * only one service's quotas are counted per (an accelerator, a link aggregation group or LAG) is that service's
 * line. Every line was written for these tests in a student's note style (none copied from an evaluation set):
 * wrong lines must be flagged by exactly the named fact, right or unsure ones by nothing.
 */
import { describeFlagCases } from './assertCases';

describeFlagCases(
  'read26b: a resource noun only one service counts per names that service',
  [
    // Global Accelerator: "Listeners per accelerator", "Endpoint groups per accelerator"
    ['each accelerator: 3 endpoint groups max', 'global-accelerator.endpoint-groups.per-accelerator'],
    ['up to 25 listeners on one accelerator', 'global-accelerator.listeners.per-accelerator'],
    ['an accelerator gets 3 static IPv4 addresses', 'global-accelerator.static-ips.count'],
    ['standard accelerators per account: 50 by default', 'global-accelerator.accelerators.default-quota'],
    // Direct Connect: "… per link aggregation group (LAG)", its acronym written in capitals
    ['a LAG holds max 8 dedicated connections', 'direct-connect.lag.max-connections'],
    ['LAGs per Region: 4 by default', 'direct-connect.lags.default-quota'],
    ['LAG minimum links: 2 by default', 'direct-connect.lag.min-links-default'],
    // one-of-a-kind nouns of other services' quotas
    ['an LF-Tag can have 5,000 values', 'lake-formation.lf-tag.max-values'],
    ['each budget takes up to 50 email subscribers per notification', 'budgets.subscribers.per-notification'],
  ],
  [
    // the same resources with their right figures
    'each accelerator: 10 listeners by default, can be raised',
    'an accelerator has 2 static IPv4 addresses',
    'endpoint groups per accelerator: 42, not adjustable',
    'a LAG bundles up to 4 dedicated connections (only 2 at 100 Gbps)',
    "a new LAG's minimum links setting defaults to 0",
    'LAGs per Region: 10 by default, adjustable',
    'up to 50 private or public VIFs per LAG',
    'Notifications per budget: 10',
    'accelerators per account: 20 (adjustable)',
    'custom routing accelerators: 10 per account by default',
    'LAG: up to 4 connections, all the same speed',
    'up to 10 LAGs per Region',
    'a budget name can be 100 characters',
    'LF-Tag values: up to 1,000 per tag, 50 per API call',
    // the writer's own setup, not a quota
    'we run 3 accelerators in prod',
    'our accelerator listens on 2 ports',
    'a LAG with 2 connections of 10 Gbps gives 20 Gbps',
    // another kind of accelerator: a word of no Global Accelerator fact qualifies it
    'a p4d has 8 GPU accelerators',
    'hardware accelerators: 16 on the biggest inf2',
    'ML accelerators max 16',
    'an FPGA accelerator with 64 GB memory',
    // "lag" as a plain word is not the acronym
    'we lag 2 days behind on patching',
    'a 100 ms lag between replicas is normal',
    'replication lag under 1 second',
    // a budget in the everyday sense
    'our monthly budget is $200, alert at 80%',
    'error budget: 0.1% of requests per month',
    'a budget of 3 engineers',
    // "distribution" and "target group" name no one service (Lightsail has distributions; Auto Scaling,
    // ECS and CodeDeploy speak of target groups): an unnamed line about them is left alone
    'distributions per account: 900',
    'targets per target group: 50',
  ],
);
