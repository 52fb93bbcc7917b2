DROP TABLE activation_codes;
DROP TABLE movements;
UPDATE guardianships SET relationship = 'мать' WHERE relationship = 'mother';
UPDATE guardianships SET relationship = 'отец' WHERE relationship = 'father';
ALTER TABLE class_students DROP COLUMN left_on;
DROP TABLE parent_profiles;
DROP TABLE student_profiles;
