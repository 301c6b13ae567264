import type { Migration } from './types';

/**
 * Study state: FSRS scheduling per card, the review log (with the state before each answer, for undo),
 * user-made cards, practice/exam attempts and exams. Card ids are plain text ('note:<hash>',
 * 'custom:<uuid>', 'q:<question id>') with no foreign key into note_cards or the KB, so a re-import of
 * the notes or a new KB keeps the review history.
 */
export const migration: Migration = {
  version: 30,
  name: 'study',
  up: `
CREATE TABLE study_cards (
  card_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('note', 'custom', 'question')),
  due TEXT NOT NULL,                 -- ISO instant
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  learning_steps INTEGER NOT NULL DEFAULT 0,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),   -- ts-fsrs State: New, Learning, Review, Relearning
  last_review TEXT
) STRICT;
CREATE INDEX study_cards_due ON study_cards(due);

CREATE TABLE review_log (
  id INTEGER PRIMARY KEY,
  card_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('note', 'custom', 'question')),
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  reviewed_at TEXT NOT NULL,
  state_before INTEGER NOT NULL,
  due_after TEXT NOT NULL,
  scheduled_days INTEGER NOT NULL,
  duration_ms INTEGER,
  prev TEXT                          -- JSON of the study_cards row before this answer; NULL = card was new
) STRICT;
CREATE INDEX review_log_card ON review_log(card_id);
CREATE INDEX review_log_time ON review_log(reviewed_at);

CREATE TABLE custom_cards (
  id TEXT PRIMARY KEY,               -- 'custom:<uuid>'
  front TEXT NOT NULL,
  back TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT '{}', -- JSON: where the card was made (table cell, calculator result, note…)
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX custom_cards_created ON custom_cards(created_at);

CREATE TABLE exams (
  id TEXT PRIMARY KEY,
  seed INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  duration_s INTEGER NOT NULL,
  question_ids TEXT NOT NULL,        -- JSON array, in the order shown
  answers TEXT NOT NULL DEFAULT '{}',-- JSON { questionId: [option index…] } (indexes into the bank's options)
  flags TEXT NOT NULL DEFAULT '[]',  -- JSON array of question ids flagged for review
  current INTEGER NOT NULL DEFAULT 0,
  saved_at TEXT,
  submitted_at TEXT,
  score TEXT                         -- JSON ExamScore once submitted
) STRICT;
CREATE INDEX exams_started ON exams(started_at);

CREATE TABLE quiz_attempts (
  id INTEGER PRIMARY KEY,
  question_id TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam', 'numeric')),
  chosen TEXT NOT NULL,              -- JSON array of option indexes
  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
  domain TEXT NOT NULL,
  topic TEXT NOT NULL,
  kb_entry TEXT,
  answered_at TEXT NOT NULL,
  time_ms INTEGER,
  exam_id TEXT REFERENCES exams(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX quiz_attempts_time ON quiz_attempts(answered_at);
CREATE INDEX quiz_attempts_exam ON quiz_attempts(exam_id);
`,
};
