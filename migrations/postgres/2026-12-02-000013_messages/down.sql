DROP TABLE message_files;
DROP TABLE messages;
DROP TABLE thread_members;
DROP TABLE message_threads;
