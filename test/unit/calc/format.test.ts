import { describe, expect, it } from 'vitest';
import { formatValue, humanKey, isMoneyKey } from '../../../src/shared/calc/display';

describe('calculator display formatting', () => {
  it('shows every leaf of a cost group in dollars, whatever its name', () => {
    expect(formatValue('monthly.provisioned.reads', 9.49)).toBe('$9.49');
    expect(formatValue('monthly.putPayloadUnits', 36.79)).toBe('$36.79');
    expect(formatValue('monthly.iops', 10)).toBe('$10.00');
    expect(formatValue('totals.standard', 1058)).toBe('$1,058.00');
  });

  it('keeps counts and rates that are not costs as plain numbers', () => {
    expect(isMoneyKey('shards')).toBe(false);
    expect(formatValue('gbSeconds', 1_500_000)).toBe('1,500,000');
    expect(formatValue('ingressMiBps', 2.9296875)).toBe('2.9297');
    expect(formatValue('shardsByLimit.egress', 3)).toBe('3');
    expect(formatValue('savings', 12135.87)).toBe('$12,135.87');
  });

  it('labels camelCase keys with their acronyms intact', () => {
    expect(humanKey('retrievalGBPerMonth')).toBe('Retrieval GB Per Month');
    expect(humanKey('avgObjectSizeKB')).toBe('Avg Object Size KB');
    expect(humanKey('provisionedRcu')).toBe('Provisioned RCU');
    expect(humanKey('sizeGiB')).toBe('Size GiB');
    expect(humanKey('requiredThroughputMiBps')).toBe('Required Throughput MiB/s');
    expect(humanKey('breakEvenUtilizationPct')).toBe('Break Even Utilization %');
    expect(humanKey('standard-ia')).toBe('Standard IA');
    expect(humanKey('costVsUtilization')).toBe('Cost vs Utilization');
    expect(humanKey('x86USD')).toBe('X86 USD');
  });
});
