-- Senders of mail are matched to contacts by address, whatever its case.
CREATE INDEX ix_contact_email_lower ON contact (LOWER(email));
