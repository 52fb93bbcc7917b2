-- A counter per school that moves whenever one of the school's reference
-- lists changes (subjects, rooms, classes, subgroups, bell schedules and
-- bells, kinds of work, attendance codes, journal settings). The server keeps
-- these lists in memory per school and reloads them when the counter it reads
-- with each request's session differs from the one it loaded them at, so
-- every process sees a change at once. Triggers move it, so no write path can
-- forget to; a change of the school's own row (its time zone) moves it in
-- the query that makes it.
ALTER TABLE schools ADD COLUMN refs_version BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION bump_school_refs() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE schools SET refs_version = refs_version + 1 WHERE id = OLD.school_id;
    ELSE
        UPDATE schools SET refs_version = refs_version + 1 WHERE id = NEW.school_id;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER subjects_bump_refs AFTER INSERT OR UPDATE OR DELETE ON subjects FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
CREATE TRIGGER rooms_bump_refs AFTER INSERT OR UPDATE OR DELETE ON rooms FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
CREATE TRIGGER classes_bump_refs AFTER INSERT OR UPDATE OR DELETE ON classes FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
CREATE TRIGGER subgroups_bump_refs AFTER INSERT OR UPDATE OR DELETE ON subgroups FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
CREATE TRIGGER bell_schedules_bump_refs AFTER INSERT OR UPDATE OR DELETE ON bell_schedules FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
CREATE TRIGGER bells_bump_refs AFTER INSERT OR UPDATE OR DELETE ON bells FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
CREATE TRIGGER work_kinds_bump_refs AFTER INSERT OR UPDATE OR DELETE ON work_kinds FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
CREATE TRIGGER attendance_codes_bump_refs AFTER INSERT OR UPDATE OR DELETE ON attendance_codes FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
CREATE TRIGGER journal_settings_bump_refs AFTER INSERT OR UPDATE OR DELETE ON journal_settings FOR EACH ROW EXECUTE FUNCTION bump_school_refs();
