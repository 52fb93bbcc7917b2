-- The journal benchmark's dataset (issue 5), PostgreSQL only: for every school
-- that has no academic year yet, a 2026/2027 year in quarters, 10 subjects
-- (6+5+4+3+3+2+2+2+2+1 = 30 lessons a week), :classes classes of 30 students
-- (grades 5–11), teaching assignments, and the dated lessons from 1 September
-- to 27 November (autumn vacation 26.10–04.11 skipped) with their topics,
-- marks (about 12 per lesson in the 6-hour subject, 6 in the others, so a
-- journal page of the first quarter has 30 students × 48 lessons × ~580
-- marks) and absences (about one per lesson). Written set-based: a hundred
-- schools take a minute, not an hour.
--
-- psql -v classes=17 -f scripts/bench/journal-data.sql
\set ON_ERROR_STOP on
BEGIN;
-- The rows are consistent by construction; skipping the foreign-key triggers
-- (superuser only) makes the load several times faster.
SET LOCAL session_replication_role = replica;
SELECT setseed(0.42);

CREATE TEMP TABLE bench_schools ON COMMIT DROP AS
SELECT s.id AS school_id FROM schools s
WHERE NOT EXISTS (SELECT 1 FROM academic_years y WHERE y.school_id = s.id);

CREATE TEMP TABLE bench_years ON COMMIT DROP AS
SELECT gen_random_uuid()::text AS id, school_id FROM bench_schools;
INSERT INTO academic_years (id, school_id, name, starts_on, ends_on)
SELECT id, school_id, '2026/2027', DATE '2026-09-01', DATE '2027-05-31' FROM bench_years;

INSERT INTO periods (id, school_id, year_id, kind, number, grade_from, grade_to,
                     starts_on, ends_on, finals_open_on, finals_close_on)
SELECT gen_random_uuid()::text, y.school_id, y.id, 'quarter', q.n, 1, 11, q.s, q.e, q.fo, q.fc
FROM bench_years y CROSS JOIN (VALUES
    (1, DATE '2026-09-01', DATE '2026-10-24', DATE '2026-10-19', DATE '2026-10-30'),
    (2, DATE '2026-11-05', DATE '2026-12-26', DATE '2026-12-21', DATE '2027-01-11'),
    (3, DATE '2027-01-11', DATE '2027-03-20', DATE '2027-03-15', DATE '2027-03-27'),
    (4, DATE '2027-03-30', DATE '2027-05-31', DATE '2027-05-24', DATE '2027-06-04')
) AS q (n, s, e, fo, fc);

CREATE TEMP TABLE bench_subject_plan (n INT, name TEXT, short_name TEXT, hours INT) ON COMMIT DROP;
INSERT INTO bench_subject_plan VALUES
    (0, 'Русский язык', 'Рус. яз.', 6), (1, 'Математика', 'Матем.', 5),
    (2, 'Литература', 'Лит.', 4), (3, 'Английский язык', 'Англ. яз.', 3),
    (4, 'История', 'Ист.', 3), (5, 'Биология', 'Биол.', 2),
    (6, 'География', 'Геогр.', 2), (7, 'Физическая культура', 'Физ-ра', 2),
    (8, 'Музыка', 'Муз.', 2), (9, 'Технология', 'Техн.', 1);

CREATE TEMP TABLE bench_subjects ON COMMIT DROP AS
SELECT gen_random_uuid()::text AS id, b.school_id, p.n, p.name, p.short_name, p.hours
FROM bench_schools b CROSS JOIN bench_subject_plan p;
INSERT INTO subjects (id, school_id, name, short_name)
SELECT id, school_id, name, short_name FROM bench_subjects;

CREATE TEMP TABLE bench_classes ON COMMIT DROP AS
SELECT gen_random_uuid()::text AS id, y.school_id, y.id AS year_id, c.n,
       5 + c.n / 3 AS grade, (ARRAY['А', 'Б', 'В'])[c.n % 3 + 1] AS letter
FROM bench_years y CROSS JOIN generate_series(0, :classes - 1) AS c (n);
INSERT INTO classes (id, school_id, year_id, grade, letter, shift, assessment, class_teacher_id)
SELECT id, school_id, year_id, grade, letter, 1, 'marks', NULL FROM bench_classes;

-- Students in login order, 30 to a class.
CREATE TEMP TABLE bench_students ON COMMIT DROP AS
SELECT r.school_id, r.user_id AS student_id,
       (row_number() OVER (PARTITION BY r.school_id ORDER BY u.login) - 1) / 30 AS class_n
FROM user_roles r JOIN users u ON u.school_id = r.school_id AND u.id = r.user_id
WHERE r.role = 'student' AND r.school_id IN (SELECT school_id FROM bench_schools);
DELETE FROM bench_students WHERE class_n >= :classes;
INSERT INTO class_students (school_id, class_id, student_id, enrolled_on, left_on)
SELECT s.school_id, c.id, s.student_id, DATE '2026-09-01', NULL
FROM bench_students s JOIN bench_classes c ON c.school_id = s.school_id AND c.n = s.class_n;

CREATE TEMP TABLE bench_teachers ON COMMIT DROP AS
SELECT r.school_id, r.user_id AS teacher_id,
       row_number() OVER (PARTITION BY r.school_id ORDER BY u.login) - 1 AS n,
       count(*) OVER (PARTITION BY r.school_id) AS total
FROM user_roles r JOIN users u ON u.school_id = r.school_id AND u.id = r.user_id
WHERE r.role = 'teacher' AND r.school_id IN (SELECT school_id FROM bench_schools);

CREATE TEMP TABLE bench_assignments ON COMMIT DROP AS
SELECT gen_random_uuid()::text AS id, c.school_id, c.id AS class_id, c.n AS class_n,
       s.id AS subject_id, s.n AS subject_n, s.hours, t.teacher_id
FROM bench_classes c
JOIN bench_subjects s ON s.school_id = c.school_id
JOIN bench_teachers t ON t.school_id = c.school_id AND t.n = (c.n * 10 + s.n) % t.total;
INSERT INTO teaching_assignments (id, school_id, class_id, subgroup_id, subject_id, teacher_id,
                                  weekly_half_hours)
SELECT id, school_id, class_id, NULL, subject_id, teacher_id, hours * 2 FROM bench_assignments;

-- The week: 30 slots (5 days × 6 lessons), each subject as often as its
-- hours; class n takes the slots rotated by 7n, so the days differ by class.
CREATE TEMP TABLE bench_slots ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY p.hours DESC, p.n, h) - 1 AS k, p.n AS subject_n
FROM bench_subject_plan p CROSS JOIN LATERAL generate_series(1, p.hours) AS h;

CREATE TEMP TABLE bench_days ON COMMIT DROP AS
SELECT d::date AS day, extract(isodow FROM d)::int AS weekday
FROM generate_series(DATE '2026-09-01', DATE '2026-11-27', INTERVAL '1 day') AS d
WHERE extract(isodow FROM d) <= 5 AND d NOT BETWEEN DATE '2026-10-26' AND DATE '2026-11-04';

CREATE TEMP TABLE bench_lessons ON COMMIT DROP AS
SELECT gen_random_uuid()::text AS id, a.school_id, c.year_id, d.day,
       ((sl.k + 7 * c.n) % 30) / 5 + 1 AS lesson, a.class_id, a.subject_id, a.teacher_id, a.hours
FROM bench_classes c
CROSS JOIN bench_slots sl
JOIN bench_days d ON d.weekday = ((sl.k + 7 * c.n) % 30) % 5 + 1
JOIN bench_assignments a ON a.class_id = c.id AND a.subject_n = sl.subject_n;
INSERT INTO lessons (id, school_id, year_id, lesson_key, planned_on, held_on, lesson, class_id,
                     subgroup_id, subject_id, teacher_id, co_teacher_id, room_id, cancelled,
                     entry_id, changes, holds_data, detached)
SELECT id, school_id, year_id, class_id || ':' || day || ':' || lesson, day, day, lesson, class_id,
       NULL, subject_id, teacher_id, NULL, NULL, FALSE, NULL, '', TRUE, FALSE
FROM bench_lessons;

-- Topics, written by the evening of the lesson (one in twenty late).
INSERT INTO lesson_records (school_id, lesson_id, topic, work_kind_id, plan_topic_id, homework,
                            homework_due_on, note, filled_at, filled_late, updated_at,
                            updated_by, version)
SELECT l.school_id, l.id, 'Тема урока от ' || to_char(l.day, 'DD.MM.YYYY'), NULL, NULL,
       'Упражнения к уроку ' || l.lesson, NULL, NULL,
       l.day + TIME '12:00' + (CASE WHEN random() < 0.05 THEN INTERVAL '1 day' ELSE INTERVAL '0' END),
       FALSE, l.day + TIME '12:00', l.teacher_id, 1
FROM bench_lessons l;
UPDATE lesson_records r SET filled_late = TRUE
FROM bench_lessons l WHERE r.school_id = l.school_id AND r.lesson_id = l.id
  AND r.filled_at > l.day + TIME '16:00';

CREATE TEMP TABLE bench_kinds ON COMMIT DROP AS
SELECT DISTINCT ON (school_id) school_id, id FROM work_kinds
WHERE school_id IN (SELECT school_id FROM bench_schools) ORDER BY school_id, position;

INSERT INTO marks (id, school_id, lesson_id, student_id, value, work_kind_id, comment, position,
                   created_at, created_by, late, updated_at, updated_by, version)
SELECT gen_random_uuid()::text, l.school_id, l.id, cs.student_id,
       (ARRAY['5', '5', '5', '4', '4', '4', '4', '3', '3', '2'])[1 + floor(random() * 10)::int],
       k.id, NULL, 0, l.day + TIME '12:00', l.teacher_id, FALSE, l.day + TIME '12:00',
       l.teacher_id, 1
FROM bench_lessons l
JOIN class_students cs ON cs.school_id = l.school_id AND cs.class_id = l.class_id
JOIN bench_kinds k ON k.school_id = l.school_id
-- A hash of the pair, not random(): a filter on l alone would be pushed below
-- the join and mark whole lessons.
WHERE (hashtext(l.id || cs.student_id) & 1023) < CASE WHEN l.hours >= 6 THEN 410 ELSE 205 END;

CREATE TEMP TABLE bench_codes ON COMMIT DROP AS
SELECT DISTINCT ON (school_id) school_id, id FROM attendance_codes
WHERE school_id IN (SELECT school_id FROM bench_schools) ORDER BY school_id, position;

INSERT INTO attendance (school_id, lesson_id, student_id, code_id, set_by, set_at, late,
                        corrected_code_id, corrected_by, corrected_at, version)
SELECT l.school_id, l.id, cs.student_id, c.id, l.teacher_id, l.day + TIME '12:00', FALSE,
       NULL, NULL, NULL, 1
FROM bench_lessons l
JOIN class_students cs ON cs.school_id = l.school_id AND cs.class_id = l.class_id
JOIN bench_codes c ON c.school_id = l.school_id
WHERE (hashtext(cs.student_id || l.id) & 1023) < 34;

COMMIT;
ANALYZE;
