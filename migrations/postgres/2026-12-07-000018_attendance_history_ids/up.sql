-- The class teacher's corrections were written to the history as
-- 'lesson:student' while the teacher's entries of the same cell are
-- 'lesson/student': one cell, one entity id (R30).
UPDATE journal_history SET entity_id = replace(entity_id, ':', '/')
WHERE entity = 'attendance' AND entity_id LIKE '%:%';
