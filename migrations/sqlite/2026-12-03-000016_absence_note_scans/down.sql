ALTER TABLE absence_notes DROP COLUMN file_id;
