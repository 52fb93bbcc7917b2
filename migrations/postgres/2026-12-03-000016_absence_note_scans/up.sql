-- A parent's absence note may carry a scan or photo of the paper note
-- (a stored file the parent uploaded; R18).
ALTER TABLE absence_notes ADD COLUMN file_id TEXT;
