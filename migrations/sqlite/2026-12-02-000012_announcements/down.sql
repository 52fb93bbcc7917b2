DROP TABLE announcement_classes;
DROP TABLE announcements;
