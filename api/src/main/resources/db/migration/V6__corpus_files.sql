-- What the start-up import last learnt of each file of the corpus folder (issue 14): its size and modification
-- time when the hash of its text was taken, and by which importer version (whose decoding made the text). A start
-- that finds a file of the same name, size and time, under the same importer version, takes its hash from here
-- instead of reading the file (colloquy.corpus.trust-file-times), so a restart stats the folder instead of
-- reading it.
CREATE TABLE corpus_file (
    name             VARCHAR(500) PRIMARY KEY,
    size_bytes       BIGINT       NOT NULL,
    modified_ms      BIGINT       NOT NULL,
    content_hash     VARCHAR(64)  NOT NULL,
    importer_version VARCHAR(64)  NOT NULL
);
