DROP TABLE mail_digests;
