-- Who last changed a severity's milestone targets and when: a change made on an older copy is refused naming them.
-- Null for targets nobody has changed since this migration.
ALTER TABLE milestone_target ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE milestone_target ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
