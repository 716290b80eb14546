-- Each person's language (issue #13): ar, fr or en, chosen by the person or set by an administrator
-- (GET/PUT /api/users/{userId}/preferences). A user without a row reads in the body's working language
-- (majlis.languages.default). Portable SQL: PostgreSQL and H2.
create table user_preference (
  user_id     varchar(64)  primary key,
  language    varchar(2)   not null,
  updated_at  timestamp    not null,
  updated_by  varchar(64)  not null
);
