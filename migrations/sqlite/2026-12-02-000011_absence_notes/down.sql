DROP TABLE absence_notes;
