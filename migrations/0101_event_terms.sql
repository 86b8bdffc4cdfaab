-- What /timeline matches a topic against, per event (the entities and stems of its texts, EventTerms in
-- src/timeline/event-terms.ts), written by the build beside the event: a replica's start reads them
-- instead of running entity lookups and stemming over every event of the archive again.
ALTER TABLE events ADD COLUMN terms json;
