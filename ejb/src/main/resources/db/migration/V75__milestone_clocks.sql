-- Milestone clocks in business hours (MilestoneClocks): each severity's targets count business hours or round the
-- clock, and warn at a share of the target; a service ticket may wait for the customer (its resolution clock stands
-- still), and keeps its clocks as last replayed from its audit trail (ClockReadings): the due times of the
-- milestones pending, the minutes counted to those reached, the resolution split between help desk and programming.
ALTER TABLE milestone_target ADD COLUMN clock_mode VARCHAR(16) DEFAULT 'BUSINESS_HOURS' NOT NULL;
ALTER TABLE milestone_target ADD COLUMN warning_percent INTEGER DEFAULT 80 NOT NULL;
ALTER TABLE milestone_target ADD CONSTRAINT ck_milestone_target_clock_mode
    CHECK (clock_mode IN ('BUSINESS_HOURS', 'ROUND_THE_CLOCK'));
ALTER TABLE milestone_target ADD CONSTRAINT ck_milestone_target_warning
    CHECK (warning_percent BETWEEN 1 AND 99);
UPDATE milestone_target SET clock_mode = 'ROUND_THE_CLOCK' WHERE severity = 'HIGH';
-- Targets nobody changed become the new defaults (MilestoneTargets.defaults), now in business minutes: a working
-- day of 480 where three calendar days (4320) were before. Targets an administrator set are kept as they are.
UPDATE milestone_target SET taking_charge_minutes = 120, first_feedback_minutes = 240, resolution_minutes = 1440
    WHERE severity = 'AVERAGE' AND changed_by IS NULL;
UPDATE milestone_target SET taking_charge_minutes = 480, first_feedback_minutes = 960, resolution_minutes = 4800
    WHERE severity = 'LOW' AND changed_by IS NULL;
UPDATE milestone_target SET taking_charge_minutes = 960, first_feedback_minutes = 1440, resolution_minutes = 9600
    WHERE severity = 'SECONDARY' AND changed_by IS NULL;

ALTER TABLE service_ticket ADD COLUMN waiting_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE service_ticket ADD COLUMN taking_charge_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE service_ticket ADD COLUMN first_feedback_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE service_ticket ADD COLUMN resolution_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE service_ticket ADD COLUMN next_warning_at TIMESTAMP WITH TIME ZONE;
-- The soonest due time of the milestones pending, and when its warning comes: the breached and soon-due queues.
ALTER TABLE service_ticket ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE service_ticket ADD COLUMN next_due_warn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE service_ticket ADD COLUMN taking_charge_minutes INTEGER;
ALTER TABLE service_ticket ADD COLUMN first_feedback_minutes INTEGER;
ALTER TABLE service_ticket ADD COLUMN resolution_minutes INTEGER;
ALTER TABLE service_ticket ADD COLUMN help_desk_clock_minutes INTEGER;
ALTER TABLE service_ticket ADD COLUMN programming_clock_minutes INTEGER;
ALTER TABLE service_ticket ADD COLUMN warned INTEGER DEFAULT 0 NOT NULL;
-- Every ticket there is waits for its first replay (ClockRefresh, in the background after the start).
ALTER TABLE service_ticket ADD COLUMN clocks_stale BOOLEAN DEFAULT TRUE NOT NULL;
-- A ticket already past a milestone's warning is not warned of it after the upgrade.
UPDATE service_ticket SET warned = 7;
