-- An article's byline, and an editor's corrections of the metadata the import missed or got wrong.
-- The corrections live in columns of their own, which the importer never writes: a re-import of the same
-- article as a new revision rewrites headline, publication, date and URL from the new text, and the
-- corrections, still there, go on overriding them wherever the article is shown or cited.

ALTER TABLE article ADD COLUMN author VARCHAR(500);
ALTER TABLE article ADD COLUMN corrected_headline VARCHAR(1000);
ALTER TABLE article ADD COLUMN corrected_author VARCHAR(500);
ALTER TABLE article ADD COLUMN corrected_publication VARCHAR(500);
ALTER TABLE article ADD COLUMN corrected_published_on DATE;
ALTER TABLE article ADD COLUMN corrected_source_url VARCHAR(2000);
ALTER TABLE article ADD COLUMN corrected_by VARCHAR(200);
ALTER TABLE article ADD COLUMN corrected_at TIMESTAMP;
