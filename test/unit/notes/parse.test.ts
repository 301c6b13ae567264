import { describe, expect, it } from 'vitest';
import { noteCardId } from '../../../src/shared/notes/ids';
import { parseNote, rejoinDebris } from '../../../src/shared/notes/parse';
import { haveSeeds, parseSeed, SEED_FILES } from './seeds';

describe('parseNote on small inputs', () => {
  it('builds heading paths from Markdown headings and skips a table of contents', () => {
    const p = parseNote(
      [
        '## Table of Contents',
        '- [A](#a)',
        '  * [B](#b)',
        '',
        '## A',
        '### B',
        '- one',
        '  - nested',
        '### C',
        'text',
      ].join('\n'),
    );
    expect(p.sections.map((s) => s.headingPath)).toEqual([
      ['A', 'B'],
      ['A', 'C'],
    ]);
    expect(p.sections[0]?.body).toBe('- one\n  - nested');
    expect(p.sections[0]?.startLine).toBe(6);
    expect(p.warnings).toContain('Skipped a table of contents (links only, not note content).');
  });
  it('turns Q: + > answer into a card and a Q: without answer into an open question', () => {
    const p = parseNote(
      [
        '## IAM Q&A',
        'Q: Which principle?',
        '> Grant least privilege',
        '  (never more)',
        '',
        'Q: Unanswered one?',
        '',
        '## Next',
        'x',
      ].join('\n'),
    );
    expect(p.cards).toEqual([
      { front: 'Which principle?', back: 'Grant least privilege (never more)', sectionIndex: 0, style: 'qa' },
    ]);
    expect(p.openQuestions).toEqual([{ text: 'Unanswered one?', sectionIndex: 0 }]);
  });
  it('never reads headings or questions inside code fences', () => {
    const p = parseNote(
      ['# Notes', '## Code', '```bash', '# not a heading', 'Q: not a question', '```', 'after'].join('\n'),
    );
    expect(p.sections.map((s) => s.title)).toEqual(['Code']);
    expect(p.sections[0]?.body).toContain('# not a heading');
    expect(p.cards).toEqual([]);
  });
  it('rejoins lone bullets and numbers with the line after them', () => {
    const r = rejoinDebris([
      'Choose Aurora when:',
      '•',
      'Need automatic scaling and high',
      'availability',
      '1.',
      'Bucket Policies: Restrict access',
      'Choose RDS when:',
    ]);
    expect(r.lines).toEqual([
      'Choose Aurora when:',
      '- Need automatic scaling and high availability',
      '1. Bucket Policies: Restrict access',
      'Choose RDS when:',
    ]);
    expect(r.rejoined).toBe(3);
  });
});

describe('stable card ids', () => {
  it('depend on the file and the text, not on whitespace or case', () => {
    const a = noteCardId('notes/aws.md', 'What is S3?', 'Object storage');
    expect(a).toMatch(/^note:[0-9a-f]{14}$/);
    expect(noteCardId('notes/aws.md', '  what is  S3? ', 'object storage')).toBe(a);
    expect(noteCardId('notes/other.md', 'What is S3?', 'Object storage')).not.toBe(a);
    expect(noteCardId('notes/aws.md', 'What is S3?', 'Block storage')).not.toBe(a);
  });
});

describe.skipIf(!haveSeeds)('the five seed notes', () => {
  it('000 scenarios: 90 numbered scenarios, each a section and a Solution card', () => {
    const p = parseSeed(SEED_FILES.scenarios);
    expect(p.sections).toHaveLength(90);
    expect(p.cards).toHaveLength(90);
    expect(p.openQuestions).toHaveLength(0);
    expect(p.mojibakeRepairs).toBe(140);
    expect(p.sections[0]?.headingPath).toEqual([
      '✅ AWS Architecture & Best Practices - Scenarios & Solutions',
      '1. Design a Highly Available Web Application Architecture',
    ]);
    const first = p.cards[0];
    expect(first?.style).toBe('scenario');
    expect(first?.front).toBe(
      'Design a Highly Available Web Application Architecture\n\nDesign a secure, highly available web application hosted on AWS. It must support millions of users with minimal latency.',
    );
    expect(first?.back.split('\n')[0]).toBe('- Use **Route 53** for DNS routing.');
    expect(first?.back).toContain('- Use **Secrets Manager** for secure DB credentials storage.');
    expect(first?.back).not.toContain('---');
    // "### 31." headings under the second H1, same treatment.
    const c31 = p.cards.find((c) => c.front === 'Design a scalable Data Lake architecture on AWS');
    expect(c31?.back.split('\n')[0]?.trim()).toBe(
      '- Use S3 as the central data lake storage with object versioning.',
    );
    expect(p.sections[30]?.headingPath[0]).toBe('AWS Architecture & Solution Patterns Cheat Sheet');
    // 76: "### Frontend:" sub-headings stay inside the solution.
    const c76 = p.cards.find((c) => c.front === 'Design a fully serverless web application architecture');
    expect(c76?.back).toContain('**Frontend:**\n- Amazon S3 for static hosting');
    expect(c76?.back).toContain('**Deployment:**\n- CloudFormation / CDK / SAM');
    // 75: the stray lines after two blank lines are not part of its answer.
    const c75 = p.cards.find((c) => c.front.startsWith('Enabling reproducibility'));
    expect(c75?.back.endsWith('- Log to CloudWatch + CloudTrail')).toBe(true);
    expect(p.sections.find((s) => s.title.startsWith('75.'))?.body).toContain(
      'Allow Dev to deploy via Service Catalog Products',
    );
    // 67 has no Solution label: its table is the answer.
    const c67 = p.cards.find((c) => c.front.startsWith('Redshift vs Athena vs EMR'));
    expect(c67?.back).toContain(
      '| Ad-hoc queries over S3           | ✅ Ideal     | ❌ Not native| ✅ Possible         |',
    );
    expect(p.sections.find((s) => s.title.startsWith('7.'))?.title).toBe(
      '7. What’s your approach to migrate a monolithic app to AWS?',
    );
  });

  it('001 N) topics: 14 sections, the one question topic becomes a card', () => {
    const p = parseSeed(SEED_FILES.topics);
    expect(p.sections.map((s) => s.title)).toEqual([
      'How can you make your application scalable for a big traffic day?',
      'Synchronous vs Event Driven Architecture',
      'Queue vs Pubsub',
      'SQL vs NoSQL',
      'WebScoket',
      'Caching',
      'Database Sharding(Horizontal Partitioning)',
      'Disaster Recover',
      'CAP Theorem',
      'AWS Well Architected Framework',
      'API Gateway',
      'API Gateway vs Application Load Balancer',
      'Data Analytics',
      'Tackling any Tuning/Troubleshooting',
    ]);
    expect(p.cards).toHaveLength(1);
    expect(p.cards[0]?.front).toBe('How can you make your application scalable for a big traffic day?');
    expect(
      p.cards[0]?.back.startsWith('Keep the EC2 instances in autoscaling group and use load balancer.'),
    ).toBe(true);
    expect(p.cards[0]?.back).toContain('Container Scaling:');
    // Tab-separated comparison tables stay as they are.
    expect(p.sections[11]?.body).toContain('Timeout limit is 30seconds\tTimeout limit is 4000 seconds');
    expect(p.sections[3]?.startLine).toBe(45);
    // Word-style roman numeral items stay separate lines (nothing here was broken by wrapping).
    expect(p.sections[9]?.body).toContain(
      'i)\tPerform operations as code\nii)\tMake frequent, small, reversible changes\n',
    );
    expect(p.repairs.rejoinedLines).toBe(0);
  });

  it('002 numbered questions without answers: 41 open questions, no cards', () => {
    const p = parseSeed(SEED_FILES.questions);
    expect(p.sections.map((s) => s.title)).toEqual(['Interview Questions']);
    expect(p.cards).toHaveLength(0);
    expect(p.openQuestions).toHaveLength(41);
    expect(p.openQuestions[0]?.text).toBe(
      'Design an ETL pipeline using AWS Glue, AWS RDS, and AWS Lambda to automate the extraction of data from the RDS instance, transform this data to glean insights into sales trends, customer behavior, etc., and load the transformed data into a data lake in Amazon S3. Additionally, incorporate Amazon SNS to notify the data analytics team upon successful completion of the ETL process.',
    );
    expect(p.openQuestions[12]?.text).toBe(
      'How would you design a real-time analytics pipeline for processing high-volume social media data using AWS Kinesis and DynamoDB?',
    );
    expect(p.openQuestions[40]?.text).toBe(
      'Managing Batch Scoring Pipelines for Machine Learning Models with AWS Managed Airflow',
    );
    expect(p.warnings).toContain('41 questions have no answer yet; listed as open questions.');
    // Lines wrapped at a fixed width are joined back into one paragraph per question.
    expect(p.repairs.rejoinedLines).toBe(68);
    expect(p.sections[0]?.body.split('\n')[0]).toBe(`1. ${p.openQuestions[0]?.text ?? ''}`);
  });

  it('003 PDF debris: answers without questions, rejoined lines, code kept verbatim', () => {
    const p = parseSeed(SEED_FILES.answers);
    expect(p.sections).toHaveLength(64);
    expect(p.warnings).toContain(
      '60 "Answer:" blocks have no question before them; kept as note sections, no flashcards made from them.',
    );
    expect(p.repairs.rejoinedLines).toBe(1013);
    const first = p.sections[0];
    expect(first?.title).toBe('Aurora is AWS’s cloud-native database that separates compute and storage,…');
    expect(first?.body.split('\n').slice(0, 3)).toEqual([
      'Answer: Aurora is AWS’s cloud-native database that separates compute and storage, while RDS is a managed traditional database service.',
      'Key differences:',
      '- Aurora: Serverless options, automatic scaling, shared storage across AZs, faster backups',
    ]);
    expect(first?.body).toContain(
      'Choose Aurora when:\n- Need automatic scaling and high availability\n- Variable workloads benefit from serverless',
    );
    // No lone bullet or number line survives anywhere.
    for (const s of p.sections) expect(s.body).not.toMatch(/^\s*(•|\d+\.)\s*$/m);
    const security = p.sections.find((s) => s.title === 'Multi-layer security approach');
    expect(security?.body).toContain('1. Bucket Policies: Restrict access by IP, VPC, or conditions');
    expect(security?.body).toContain('```\n{\n"Version": "2012-10-17",\n"Statement": [{\n"Effect": "Deny",');
    const lambda = p.sections.find((s) => s.title === 'Lambda function components');
    expect(lambda?.body).toContain(
      "```\nimport json\nimport boto3\ndef lambda_handler(event, context):\ns3 = boto3.client('s3')",
    );
    expect(p.cards).toEqual([
      {
        front:
          'Your team has accumulated significant technical debt in data pipelines. How do you address this while maintaining business deliverables?',
        back: expect.stringMatching(
          /^Implement gradual refactoring strategy:\n- Allocate 20% of sprint capacity to technical debt\n/,
        ) as string,
        sectionIndex: 60,
        style: 'qa',
      },
      {
        front:
          'Two senior engineers disagree on architecture approach for new data platform. How do you handle this as a team lead?',
        back: expect.stringContaining(
          '- Facilitate architecture review sessions with pros/cons analysis',
        ) as string,
        sectionIndex: 61,
        style: 'qa',
      },
    ]);
    expect(p.sections.slice(60).map((s) => [s.title, s.startLine])).toEqual([
      ['Handling Technical Debt', 1890],
      ['Team Conflict Resolution', 1908],
      ['AWS CLI for Data Engineering', 1925],
      ['SQL Performance Optimization', 1931],
    ]);
  });

  it('004 Markdown: TOC skipped, 188 Q/> cards, code fences and image links kept', () => {
    const p = parseSeed(SEED_FILES.markdown);
    expect(p.sections).toHaveLength(102);
    expect(p.cards).toHaveLength(188);
    expect(p.openQuestions).toHaveLength(0);
    expect(
      p.sections.some(
        (s) =>
          /table of contents/i.test(s.title) || s.body.includes('](#aws-regions-and-availability-zones)'),
      ),
    ).toBe(false);
    expect(p.sections[0]?.headingPath).toEqual(['AWS regions and Availability zones', 'Regions']);
    expect(p.sections.find((s) => s.title === 'IAM (Identity and Access Management)')?.startLine).toBe(114);
    expect(p.cards.find((c) => c.front === 'What is a proper definition of IAM Roles?')?.back).toMatch(
      /^An IAM entity that defines a set of permissions for making AWS service requests/,
    );
    expect(p.cards[0]).toEqual({
      front:
        'You are getting started with AWS and your manager wants things to remain simple yet secure. He wants the management of engineers to be easy, and not re-invent the wheel every time someone joins your company. What will you do?',
      back: "I'll create multiple IAM users and groups, and assign policies to groups. New users will be added to groups",
      sectionIndex: expect.any(Number) as number,
      style: 'qa',
    });
    const withCode = p.cards.find((c) =>
      c.front.startsWith('You are managing the AWS account for your company'),
    );
    expect(withCode?.front).toContain('```json');
    expect(withCode?.front).toContain('"Resource": "arn:aws:s3:::static-files-bucket-xxx"');
    expect(withCode?.back).toBe(
      'You should change the resource to `arn:aws:s3:::static-files-bucket-xxx/*` , because this is an object-level permission',
    );
    expect(
      p.cards.find((c) => c.front === 'Application Load Balancers handle all these protocols except')?.back,
    ).toBe('TCP (NLB support TCP)');
    const conditions = p.sections.find((s) => s.title === 'IAM Conditions');
    expect(conditions?.body).toContain('```json');
    expect(conditions?.body).toContain('"aws:SourceIp": [');
    expect(
      p.sections.some((s) =>
        s.body.includes(
          '![enter image description here](https://docs.aws.amazon.com/IAM/latest/UserGuide/images/saml-based-federation.diagram.png)',
        ),
      ),
    ).toBe(true);
  });
});
