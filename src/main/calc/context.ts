import type { EbsContext, InstanceEbsLimits } from '../../shared/calc/ebs';

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The EBS calculator's instance cross-check, backed by the EC2 reference table rows. */
export function ebsContextFromRows(rows: readonly Row[]): EbsContext {
  const byType = new Map(rows.map((r) => [String(r.instanceType), r]));
  return {
    instanceLimits: (type: string): InstanceEbsLimits | undefined => {
      const r = byType.get(type);
      if (!r) return undefined;
      return {
        ebsBaselineIops: num(r.ebsBaselineIops),
        ebsMaxIops: num(r.ebsMaxIops),
        ebsBaselineThroughputMBps: num(r.ebsBaselineThroughputMBps),
        ebsMaxBandwidthMbps: num(r.ebsMaxBandwidthMbps),
      };
    },
  };
}
