/**
 * Session 16 (true-16): ways a TRUE study-note line was read as a wrong claim, each tested on wording written
 * for these tests about other services than the lines that showed them (none copied from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { ids } from './claimCases';

describe('setting: a value someone chose, inside the range the fact allows', () => {
  it('does not judge a chosen value as the fact default or maximum', () => {
    expect(ids("we set the secret's recovery window to 10 days")).toEqual([]);
    expect(ids('we scheduled deletion of the secret with RecoveryWindowInDays=21')).toEqual([]);
  });
  it('still flags a chosen value outside the range, and plain words before "="', () => {
    expect(ids('we configured the Secrets Manager recovery window 45 days')).toHaveLength(1);
    expect(ids('Secrets Manager: we set RecoveryWindowInDays=40')).toHaveLength(1);
    expect(ids('SQS max visibility timeout = 20 h')).toHaveLength(1);
  });
});

describe('table rows: a label cell between two figure cells names the figure after it', () => {
  it('reads each figure with its own attribute cell', () => {
    expect(ids('| SNS | subscriptions per FIFO topic | 100 | FIFO topics per account | 1,000 |')).toEqual([]);
    expect(ids('| DynamoDB | GSIs per table | 20 | LSIs per table | 5 |')).toEqual([]);
  });
  it('binds a wrong figure to its own cell attribute', () => {
    expect(ids('| Lambda | timeout | 15 min | memory | 20,480 MB |')).toEqual([
      expect.stringMatching(/^lambda\.memory\.max /),
    ]);
  });
});

describe('KB wording: "async" names the Lambda asynchronous event age', () => {
  it('lets a default beside the maximum be the async one, not a Kinesis mapping figure', () => {
    expect(ids('Lambda async invokes: event age limit 6 h, default also 6 h')).toEqual([]);
  });
});

describe('other-variant-word: the line names another variant of the service than the fact label', () => {
  it('does not judge a Lustre figure by an FSx for Windows fact', () => {
    expect(ids('Lustre file system: HDD storage min 6000 GiB')).toEqual([]);
  });
  it('still flags when the fact variant is named, or when no variant is named', () => {
    expect(ids('FSx for Windows: HDD minimum 1,800 GiB')).toHaveLength(1);
    expect(ids('FSx min HDD storage 1,800 GiB')).toHaveLength(1);
  });
});
