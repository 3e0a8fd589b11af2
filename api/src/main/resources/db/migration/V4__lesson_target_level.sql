-- The reading level a teacher's class reads at (a CEFR band, A1 to C2), so the lesson builder can flag excerpts
-- that read harder; NULL when the teacher set none.
ALTER TABLE lesson ADD COLUMN target_level VARCHAR(2);
