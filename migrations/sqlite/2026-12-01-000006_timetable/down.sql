DROP TABLE calendar_feeds;
DROP TABLE lessons;
DROP TABLE timetable_changes;
DROP TABLE timetable_entries;
DROP TABLE timetable_versions;
DROP TABLE bells;
DROP TABLE bell_schedules;
DROP TABLE rooms;
