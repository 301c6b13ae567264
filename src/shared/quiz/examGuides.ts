import { z } from 'zod';
import { DOMAINS } from '../kb/provenance';

/**
 * The two associate exams the bank serves, as their exam guides publish them: question count, time, pass
 * mark and the weight of each content domain. A question carries the domain(s) of each exam it serves
 * (bankSchema `exams`); exam mode apportions questions by these weights.
 */
export const EXAM_IDS = ['saa-c03', 'dva-c02'] as const;
export const examIdSchema = z.enum(EXAM_IDS);
export type ExamId = z.infer<typeof examIdSchema>;

/** DVA-C02 content domains (Developer Associate). SAA-C03's are the four `DOMAINS` of kb/provenance. */
export const DVA_DOMAINS = ['development', 'security', 'deployment', 'troubleshooting'] as const;
export const dvaDomainSchema = z.enum(DVA_DOMAINS);
export type DvaDomain = z.infer<typeof dvaDomainSchema>;

export interface ExamDomainDef {
  id: string;
  label: string;
  /** Share of scored content, in percent. */
  weight: number;
}

export interface ExamDefinition {
  id: ExamId;
  code: string;
  title: string;
  /** Questions on the real exam (scored and unscored together). */
  questionCount: number;
  minutes: number;
  /** Minimum passing scaled score (100–1,000). */
  passScaled: number;
  domains: readonly ExamDomainDef[];
  source: string;
  asOf: string;
}

export const EXAMS: Record<ExamId, ExamDefinition> = {
  'saa-c03': {
    id: 'saa-c03',
    code: 'SAA-C03',
    title: 'Solutions Architect – Associate',
    questionCount: 65,
    minutes: 130,
    passScaled: 720,
    domains: [
      { id: DOMAINS[0], label: 'Design Secure Architectures', weight: 30 },
      { id: DOMAINS[1], label: 'Design Resilient Architectures', weight: 26 },
      { id: DOMAINS[2], label: 'Design High-Performing Architectures', weight: 24 },
      { id: DOMAINS[3], label: 'Design Cost-Optimized Architectures', weight: 20 },
    ],
    source: 'https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/solutions-architect-associate-03.html',
    asOf: '2026-12-03',
  },
  'dva-c02': {
    id: 'dva-c02',
    code: 'DVA-C02',
    title: 'Developer – Associate',
    questionCount: 65,
    minutes: 130,
    passScaled: 720,
    domains: [
      { id: 'development', label: 'Development with AWS Services', weight: 32 },
      { id: 'security', label: 'Security', weight: 26 },
      { id: 'deployment', label: 'Deployment', weight: 24 },
      { id: 'troubleshooting', label: 'Troubleshooting and Optimization', weight: 18 },
    ],
    source: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/developer-associate-02.html',
    asOf: '2026-12-03',
  },
};

/** Domain label for an exam's domain id (the id itself when unknown). */
export function examDomainLabel(exam: ExamId, domain: string): string {
  return EXAMS[exam].domains.find((d) => d.id === domain)?.label ?? domain;
}
