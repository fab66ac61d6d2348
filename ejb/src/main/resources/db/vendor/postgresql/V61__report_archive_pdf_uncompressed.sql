-- PostgreSQL only. A PDF is compressed already: PostgreSQL's attempt to compress each archived report again (pglz,
-- given up only after most of the file) is CPU spent for nothing. Stored out of line, uncompressed.
ALTER TABLE report_archive ALTER COLUMN pdf SET STORAGE EXTERNAL;
