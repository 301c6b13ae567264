import { z } from 'zod';

/**
 * data/factcheck/lexicon.json: the words the claim checker needs beyond the knowledge base (extra service
 * names, the variants that split one service's facts, attribute synonyms). Generic vocabulary only.
 */
export const lexiconSchema = z.strictObject({
  version: z.number().int().min(1),
  about: z.string(),
  /** Extra names per subject: a KB entry id, or a sub-subject such as "dax" used by segmentSubjects. */
  aliases: z.record(z.string(), z.array(z.string().min(1))),
  /** Title or service words too generic to name a service on their own ("Backup", "Config"). */
  notAliases: z.array(z.string()),
  /** Capital abbreviations whose lower-case form is an English word or another thing's name ("LAG" → "lag",
   * "SAM" → "sam", "SCP" → the copy command): these name a service only in capitals. Every other
   * abbreviation of three or more characters, or with a digit ("s3", "sqs", "ebs"), is read in lower case too. */
  notLowerCase: z.array(z.string()).default([]),
  /** Architecture entries' facts name their service in the id's second segment: segment → subject. */
  segmentSubjects: z.record(z.string(), z.string()),
  variantGroups: z.array(
    z.strictObject({
      id: z.string(),
      /** The entries whose facts this group splits. */
      entries: z.array(z.string()).min(1),
      /** Variants a claim means when it names none ("RDS" = the MySQL/MariaDB/PostgreSQL figure). */
      implicit: z.array(z.string()),
      variants: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    }),
  ),
  /** Attribute word → words notes use for it. */
  synonyms: z.record(z.string(), z.array(z.string())),
  /** Synonyms that hold inside one KB entry only: entry id → attribute word → words. DynamoDB's "items" are
   * the actions of a transaction; CloudWatch's "MetricDatum items" are not an alarm's actions. */
  entrySynonyms: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
});
export type Lexicon = z.infer<typeof lexiconSchema>;
