/**
 * Session 24, helper A (reading: the fact with the official figure fits, but the decision accepted the claim's
 * figure or could not decide). Every line was written for these tests (none copied from an evaluation set).
 */
import { describeFlagCases } from './assertCases';

describeFlagCases(
  'read24a: a figure the text gives "by default" is the default, no maximum of its own',
  [
    ['The largest SNS message is 256 KB; that cap is fixed', 'sns.message.max-size'],
    ['Redshift automated snapshots can be kept for at most 1 day', 'redshift.snapshot.max-retention'],
  ],
  [
    'SNS topics accept 256 KB messages by default',
    'SNS payload: 256 KB by default, up to 1 MiB once MaximumMessageSize is raised',
    'Redshift keeps automated snapshots for 1 day by default',
    'Redshift automated snapshot retention max 35 days',
    'SageMaker async inference requests time out after 15 minutes by default',
    'Lambda async invocations retry at most 2 times',
    'ACM private CA: a deleted CA can be restored for up to 30 days',
  ],
);
