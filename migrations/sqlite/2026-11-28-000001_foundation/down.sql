DROP TABLE login_failures;
DROP TABLE refresh_tokens;
DROP TABLE sessions;
DROP TABLE guardianships;
DROP TABLE user_roles;
DROP TABLE users;
DROP TABLE schools;
