/**
 * Session 30, helper C (issue 14 items 3/4): lines whose fact the KB holds but that named the attribute in other words than
 * the fact's label or keywords. Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right or unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A counted noun whose plural ends in "-ies" ("queries", "policies") says its label word ("query") though the
// word's pattern reaches only "-s" plurals; only as the figure's own noun, not anywhere in the line.
const WRONG_PLURAL: WrongCase[] = [
  [
    'CW Logs Insights query timeout 60 min; max 50 concurrent queries per account',
    'cloudwatch.logs-insights.concurrent-queries',
  ],
];
const RIGHT_PLURAL: (RightCase | string)[] = [
  'Logs Insights: query timeout is 60 min; 100 concurrent queries',
  'Logs Insights: 100 concurrent queries per account; timeout 60 min',
  // Not a count: the plural names nothing the figure counts, and "Metrics Insights" is not "Logs Insights".
  'CloudWatch Metrics Insights queries only look at the latest 3 hours of data',
  'Metrics Insights queries return at most 500 time series; alarms up to 200 per Region',
];

describeFlagCases('a counted noun written with an "-ies" plural', WRONG_PLURAL, RIGHT_PLURAL);
